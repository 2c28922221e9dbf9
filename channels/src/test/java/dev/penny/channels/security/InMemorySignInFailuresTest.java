package dev.penny.channels.security;

import java.time.Clock;

class InMemorySignInFailuresTest extends SignInFailuresContract {

    @Override
    protected SignInFailures newFailures(Clock clock) {
        return new InMemorySignInFailures(clock);
    }
}
