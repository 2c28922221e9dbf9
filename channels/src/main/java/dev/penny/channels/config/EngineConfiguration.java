package dev.penny.channels.config;

import dev.penny.channels.ops.MeteredCostLedger;
import dev.penny.channels.ops.PennyMetrics;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.engine.AgentDesk;
import dev.penny.core.engine.BotPhrases;
import dev.penny.core.engine.EngineSettings;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.engine.LiveFaq;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.llm.DisabledLlmClient;
import dev.penny.core.llm.LlmClient;
import dev.penny.intents.understanding.CatalogUnderstanding;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine that answers visitors and the desk agents work at, built from the ports and the trained model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PennyProperties.class)
class EngineConfiguration {

    /** UTC, so daily cost buckets are UTC days wherever the server runs. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EngineSettings engineSettings(PennyProperties properties, CatalogUnderstanding understanding, LlmClient llm) {
        boolean llmConfigured = !(llm instanceof DisabledLlmClient);
        return new EngineSettings(
                PolicyDefaults.settings(
                        properties.policy(), understanding.classifier().calibration(), llmConfigured),
                properties.cost().settings(),
                BotPhrases.english());
    }

    /** The FAQ version visitors are answered from; publishing a catalog version swaps in a new one. */
    @Bean
    LiveFaq liveFaq(CatalogUnderstanding understanding, EngineSettings settings) {
        return new LiveFaq(new FaqVersion(
                "startup",
                understanding.classifier(),
                understanding.retriever(),
                understanding.answers(),
                settings.policy()));
    }

    @Bean
    SupportEngine supportEngine(
            LiveFaq liveFaq,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            PennyMetrics metrics,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed) {
        return new SupportEngine(
                liveFaq,
                llm,
                store,
                handoff,
                new MeteredCostLedger(ledger, metrics),
                settings.costs(),
                settings.phrases(),
                clock,
                missed);
    }

    @Bean
    AgentDesk agentDesk(
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            PennyMetrics metrics,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed) {
        return new AgentDesk(
                store,
                handoff,
                new MeteredCostLedger(ledger, metrics),
                settings.costs(),
                settings.phrases(),
                clock,
                missed);
    }
}
