package dev.penny.channels.typing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Typing indicators between visitors and agents. */
@AutoConfiguration
public class TypingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TypingSignals typingSignals() {
        return new TypingSignals();
    }
}
