package dev.penny.channels.config;

import dev.penny.channels.wire.EnvelopeCodec;
import dev.penny.channels.wire.MessageText;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * What both sockets share: the envelope codec, and the container's frame limit. Frames up to the limit are read
 * and, if too long for Penny, refused with an error frame; past it the container closes the socket (1009).
 */
@AutoConfiguration
@EnableWebSocket
public class WebSocketConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EnvelopeCodec envelopeCodec(JsonMapper json) {
        return new EnvelopeCodec(json);
    }

    @Bean
    @ConditionalOnMissingBean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        // The container reserves this buffer for every open socket: no larger than the longest legal frame.
        container.setMaxTextMessageBufferSize(MessageText.largestFrameChars());
        container.setMaxBinaryMessageBufferSize(8 * 1024);
        return container;
    }
}
