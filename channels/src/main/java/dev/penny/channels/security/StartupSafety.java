package dev.penny.channels.security;

import dev.penny.channels.config.AgentAccount;
import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the accounts as soon as the configuration is read, before the model is loaded or a port opened, so an unsafe
 * start fails in a second with a clear message and a non-zero exit.
 */
final class StartupSafety implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        boolean demo = binder.bind("penny.demo", Boolean.class).orElse(false);
        List<AgentAccount> accounts =
                binder.bind("penny.agents", Bindable.listOf(AgentAccount.class)).orElse(List.of());
        DemoAccounts.check(accounts, demo);
    }
}
