package dev.penny.channels.security;

import dev.penny.channels.config.AgentAccount;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Checks the accounts once every property source is in place and before any bean is made, so an unsafe start fails in
 * seconds, before the model is loaded or a port opened, with a clear message and a non-zero exit.
 */
final class StartupSafety implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Binder binder = Binder.get(environment);
        boolean demo = binder.bind("penny.demo", Boolean.class).orElse(false);
        List<AgentAccount> accounts =
                binder.bind("penny.agents", Bindable.listOf(AgentAccount.class)).orElse(List.of());
        DemoAccounts.check(accounts, demo);
    }
}
