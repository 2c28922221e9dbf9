package dev.penny.channels.config;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.ops.PennyMetrics;
import dev.penny.core.conversation.AnswerClaims;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.InMemoryAnswerClaims;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.ObservedCostLedger;
import dev.penny.core.desk.BusinessHours;
import dev.penny.core.desk.BusinessHoursHandoff;
import dev.penny.core.engine.AgentDesk;
import dev.penny.core.engine.BotPhrases;
import dev.penny.core.engine.EngineSettings;
import dev.penny.core.engine.FaqVersion;
import dev.penny.core.engine.LiveFaq;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.events.SupportEvents;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.llm.LlmClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The engine that answers visitors and the desk agents work at, built from the ports and the trained model. */
@AutoConfiguration
@EnableConfigurationProperties(PennyProperties.class)
public class EngineConfiguration {

    /** UTC, so daily cost buckets are UTC days wherever the server runs. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The policy here is the start-up version's; each version brings its own ({@link FaqVersion#policy()}). The answer
     * deadline, the lease of an answer claim, is {@code penny.answer-claim-lease} when set.
     */
    @Bean
    @ConditionalOnMissingBean
    EngineSettings engineSettings(PennyProperties properties, ServedCatalog served) {
        // by default an LLM call that runs to its timeout, then the store writes: a margin over the renewals
        Duration answerDeadline = properties.answerClaimLease() != null
                ? properties.answerClaimLease()
                : properties.llm().timeout().plus(EngineSettings.DEFAULT_ANSWER_DEADLINE);
        return new EngineSettings(
                served.liveFaq().current().policy(),
                properties.cost().settings(),
                BotPhrases.english(),
                answerDeadline);
    }

    /** The FAQ version visitors are answered from; publishing a catalog version swaps in a new one. */
    @Bean
    @ConditionalOnMissingBean
    LiveFaq liveFaq(ServedCatalog served) {
        return served.liveFaq();
    }

    @Bean
    @ConditionalOnMissingBean
    SupportEngine supportEngine(
            LiveFaq liveFaq,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            PennyMetrics metrics,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed,
            SupportEvents events,
            ObjectProvider<AnswerClaims> claims,
            ObjectProvider<BusinessHours> hours) {
        return new SupportEngine(
                liveFaq,
                llm,
                store,
                // outside business hours no person is tried
                new BusinessHoursHandoff(handoff, hours.getIfAvailable(BusinessHours::always), clock),
                metered(ledger, metrics),
                settings,
                clock,
                missed,
                events,
                // shared by the nodes on Redis; else this node's own
                claims.getIfAvailable(InMemoryAnswerClaims::new));
    }

    @Bean
    @ConditionalOnMissingBean
    AgentDesk agentDesk(
            LiveFaq liveFaq,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            PennyMetrics metrics,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed,
            SupportEvents events) {
        return new AgentDesk(
                store,
                handoff,
                metered(ledger, metrics),
                settings.costs(),
                () -> liveFaq.current().phrases(),
                clock,
                missed,
                events);
    }

    /** The ledger, with every cost it records also counted in the {@code penny.cost} metric. */
    private static CostLedger metered(CostLedger ledger, PennyMetrics metrics) {
        return new ObservedCostLedger(ledger, costs -> costs.forEach(metrics::cost));
    }
}
