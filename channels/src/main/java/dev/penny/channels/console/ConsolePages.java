package dev.penny.channels.console;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The agent console at {@code /console/}. Its files come from the widget module's {@code classpath:/static/console/};
 * Spring serves {@code index.html} only at the root, so the console's directory URL is mapped here.
 */
@AutoConfiguration
@Import(SuggestedAnswers.class)
public class ConsolePages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/console", "/console/");
        registry.addViewController("/console/").setViewName("forward:/console/index.html");
    }
}
