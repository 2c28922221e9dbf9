package dev.penny.channels.editor;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The catalog editor at {@code /editor/}. Its files come from the widget module's {@code classpath:/static/editor/};
 * Spring serves {@code index.html} only at the root, so the editor's directory URL is mapped here.
 */
@AutoConfiguration
public class EditorPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/editor", "/editor/");
        registry.addViewController("/editor/").setViewName("forward:/editor/index.html");
    }
}
