package dev.penny.channels.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * What makes Penny safe to put on a public address: sign-in throttling, the API's same-origin check for browser
 * requests, and {@code SameSite=Lax} cookies. The account check ({@link StartupSafety}) runs before any bean is made.
 * Both filters run just ahead of Spring Security's chain.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({SecurityProperties.class, DemoProperties.class})
public class SafeDefaultsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SafeDefaultsAutoConfiguration.class);

    /** Spring Boot's default order of Spring Security's filter; these run just before it. */
    static final int AHEAD_OF_SECURITY = -100 - 10;

    @Bean
    static StartupSafety pennyStartupSafety() {
        return new StartupSafety();
    }

    @Bean
    @ConditionalOnMissingBean
    LoginThrottle loginThrottle(
            ObjectProvider<Clock> clock, ObjectProvider<SignInFailures> failures, SecurityProperties properties) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new LoginThrottle(time, failures.getIfAvailable(() -> new InMemorySignInFailures(time)), properties);
    }

    @Bean
    SignInOutcomes signInOutcomes(LoginThrottle throttle) {
        return new SignInOutcomes(throttle);
    }

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, SignInOutcomes outcomes) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, outcomes));
        registration.setOrder(AHEAD_OF_SECURITY);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SameOriginApi> sameOriginApiFilter(SecurityProperties properties) {
        FilterRegistrationBean<SameOriginApi> registration =
                new FilterRegistrationBean<>(new SameOriginApi(properties.apiOrigins()));
        registration.setOrder(AHEAD_OF_SECURITY + 1);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    DemoBanner demoBanner(DemoProperties demo) {
        return new DemoBanner(demo.demo());
    }

    /** Says demo mode at start-up, loudly, so a demo set-up that reached a server is noticed in its log. */
    record DemoBanner(boolean demo) {
        DemoBanner {
            if (demo) {
                log.warn("***************************************************************************************");
                log.warn("* DEMO MODE (penny.demo=true): the demo accounts agent and editor sign in with the    *");
                log.warn(
                        "* published password '{}'. Never expose this instance; see docs/security.md.  *",
                        DemoAccounts.PASSWORD);
                log.warn("***************************************************************************************");
            }
        }
    }
}
