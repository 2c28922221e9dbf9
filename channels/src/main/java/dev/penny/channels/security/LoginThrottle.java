package dev.penny.channels.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins counted per account and per client address in a fixed window; once either count reaches its limit,
 * sign-ins for that account or from that address are refused until the window ends. The counts are kept by {@link
 * SignInFailures}: on Redis shared by every node, so an attacker spreading guesses over nodes meets the limit once.
 *
 * <p>Each attempt is counted before its password is checked, and given back once it turns out not to be a failure: a
 * check takes a moment (bcrypt), so counting only failures would let every guess sent at once pass the limit before the
 * first of them failed.
 */
final class LoginThrottle {

    private final Clock clock;
    private final SignInFailures failures;
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(Clock clock, SignInFailures failures, SecurityProperties properties) {
        this.clock = clock;
        this.failures = failures;
        this.perUser = properties.loginFailuresPerUser();
        this.perAddress = properties.loginFailuresPerAddress();
        this.window = properties.loginLockout();
    }

    /**
     * Counts a sign-in attempt by this user (null when unknown) from this address, which must then be {@link
     * #resolve resolved}; or refuses it, counting nothing, when either holder has as many failures as allowed.
     */
    Attempt attempt(String user, String address) {
        SignInFailures.Window byAddress = failures.add(address(address), window);
        SignInFailures.Window byUser = user == null ? null : failures.add(user(user), window);
        Instant now = clock.instant();
        Duration refused = max(refusedFor(byAddress, perAddress, now), refusedFor(byUser, perUser, now));
        Attempt attempt = new Attempt(user, address, refused);
        if (!refused.isZero()) {
            giveBack(attempt);
        }
        return attempt;
    }

    /** What a counted attempt turned out to be: a failure stays counted, a success clears the account's failures. */
    void resolve(Attempt attempt, Outcome outcome) {
        switch (outcome) {
            case FAILED -> {}
            case SUCCEEDED -> {
                failures.giveBack(address(attempt.address()));
                if (attempt.user() != null) {
                    failures.clear(user(attempt.user()));
                }
            }
            case NOT_CHECKED -> giveBack(attempt);
        }
    }

    /** A failure nobody counted as an attempt (an authentication outside the throttle's filter). */
    void failed(String user, String address) {
        failures.add(address(address), window);
        if (user != null) {
            failures.add(user(user), window);
        }
    }

    /** A success outside the throttle's filter: the account's failures are forgotten. */
    void succeeded(String user) {
        failures.clear(user(user));
    }

    private void giveBack(Attempt attempt) {
        failures.giveBack(address(attempt.address()));
        if (attempt.user() != null) {
            failures.giveBack(user(attempt.user()));
        }
    }

    /** Refused while this attempt makes one more than the limit, until the window ends. */
    private static Duration refusedFor(SignInFailures.Window counted, int limit, Instant now) {
        if (counted == null || counted.failures() <= limit || !counted.ends().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, counted.ends());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) > 0 ? a : b;
    }

    private static String user(String user) {
        return "user " + user;
    }

    private static String address(String address) {
        return "address " + address;
    }

    /**
     * One sign-in attempt.
     *
     * @param refused how long sign-ins are refused; zero when this one may go on
     */
    record Attempt(String user, String address, Duration refused) {

        boolean allowed() {
            return refused.isZero();
        }
    }

    /** What a sign-in attempt turned out to be. */
    enum Outcome {
        /** Its credentials were checked and refused. */
        FAILED,
        /** Its credentials were checked and accepted. */
        SUCCEEDED,
        /** No credentials were checked: the request went where its credentials are not read. */
        NOT_CHECKED
    }
}
