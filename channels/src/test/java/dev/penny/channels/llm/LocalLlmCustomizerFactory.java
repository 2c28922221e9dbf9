package dev.penny.channels.llm;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** What {@link LocalLlm} does to the application context of a test class it marks (and only those: it is their own). */
final class LocalLlmCustomizerFactory implements ContextCustomizerFactory {

    static final String BEAN = "localOpenAiServer";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Server(testClass);
    }

    /**
     * Equal only for the same test class: Spring's test context cache keys on the customizers, so two classes that
     * were alike in everything else still get two applications and two servers.
     */
    private record Server(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            LocalOpenAiServer server = LocalOpenAiServer.start();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(BEAN, Map.of("penny.llm.base-url", server.baseUrl())));
            // a bean definition rather than a registered singleton: the context then calls its close() when it closes
            ((BeanDefinitionRegistry) context)
                    .registerBeanDefinition(
                            BEAN,
                            BeanDefinitionBuilder.genericBeanDefinition(LocalOpenAiServer.class, () -> server)
                                    .getBeanDefinition());
        }
    }
}
