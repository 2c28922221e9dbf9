package dev.penny.channels.bench;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/** The benchmark's echo endpoint, {@code /ws/echo}; off unless {@code penny.bench.echo=true}. */
@AutoConfiguration
@ConditionalOnBooleanProperty("penny.bench.echo")
public class EchoSocketConfiguration implements WebSocketConfigurer {

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new EchoSocketHandler(), "/ws/echo").setAllowedOriginPatterns("http://localhost:[*]");
    }
}
