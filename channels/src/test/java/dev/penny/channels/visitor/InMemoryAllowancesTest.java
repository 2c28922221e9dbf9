package dev.penny.channels.visitor;

import java.time.Clock;

class InMemoryAllowancesTest extends AllowancesContract {

    @Override
    protected Allowances newAllowances(Clock clock) {
        return new InMemoryAllowances(clock);
    }
}
