package dev.penny.channels.security;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Feeds Spring Security's sign-in outcomes to the {@link LoginThrottle}. */
final class SignInOutcomes implements ApplicationListener<AbstractAuthenticationEvent> {

    private final LoginThrottle throttle;

    SignInOutcomes(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        String user = event.getAuthentication().getName();
        if (event instanceof AbstractAuthenticationFailureEvent
                && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
            throttle.failed(user, web.getRemoteAddress());
        } else if (event instanceof AuthenticationSuccessEvent) {
            throttle.succeeded(user);
        }
    }
}
