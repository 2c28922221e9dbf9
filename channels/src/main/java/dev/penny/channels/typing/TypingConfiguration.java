package dev.penny.channels.typing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TypingConfiguration {

    @Bean
    TypingSignals typingSignals() {
        return new TypingSignals();
    }
}
