package dev.penny.channels.security;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Feeds Spring Security's sign-in outcomes to the {@link LoginThrottle}: to the attempt {@link LoginThrottleFilter}
 * counted on this thread, which it resolves when the request is done; or, for an authentication outside that filter
 * (or an event delivered on another thread), to the throttle directly.
 */
final class SignInOutcomes implements ApplicationListener<AbstractAuthenticationEvent> {

    private final LoginThrottle throttle;
    private final ThreadLocal<LoginThrottle.Outcome> current = new ThreadLocal<>();

    SignInOutcomes(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** This thread's request carries a counted attempt from now until {@link #end}. */
    void begin() {
        current.set(LoginThrottle.Outcome.NOT_CHECKED);
    }

    /** What the attempt turned out to be. */
    LoginThrottle.Outcome end() {
        LoginThrottle.Outcome outcome = current.get();
        current.remove();
        return outcome == null ? LoginThrottle.Outcome.NOT_CHECKED : outcome;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        boolean attempt = current.get() != null;
        String user = event.getAuthentication().getName();
        if (event instanceof AbstractAuthenticationFailureEvent) {
            if (attempt) {
                current.set(LoginThrottle.Outcome.FAILED);
            } else if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
                throttle.failed(user, web.getRemoteAddress());
            }
        } else if (event instanceof AuthenticationSuccessEvent) {
            if (attempt) {
                current.set(LoginThrottle.Outcome.SUCCEEDED);
            } else {
                throttle.succeeded(user);
            }
        }
    }
}
