package dev.penny.channels.dispatch;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Graceful shutdown of dispatch: {@link DispatchDrain}. */
@AutoConfiguration
@ConditionalOnBean(MessageBatcher.class)
public class DispatchDrainConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DispatchDrain dispatchDrain(MessageBatcher batcher) {
        return new DispatchDrain(batcher);
    }
}
