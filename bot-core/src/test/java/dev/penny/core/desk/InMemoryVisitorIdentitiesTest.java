package dev.penny.core.desk;

import java.time.Clock;
import java.time.Duration;

class InMemoryVisitorIdentitiesTest extends VisitorIdentitiesContract {

    @Override
    protected VisitorIdentities newIdentities(Clock clock, Duration ttl) {
        return new InMemoryVisitorIdentities(clock, ttl);
    }
}
