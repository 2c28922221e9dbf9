package dev.penny.channels.analytics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The analytics page at {@code /analytics/}. Its files come from the widget module's {@code
 * classpath:/static/analytics/}; Spring serves {@code index.html} only at the root, so the directory URL is mapped here.
 */
@AutoConfiguration
public class AnalyticsPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/analytics", "/analytics/");
        registry.addViewController("/analytics/").setViewName("forward:/analytics/index.html");
    }
}
