package dev.penny.channels.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Penny's own configuration, the {@code penny.*} block of {@code application.yml}, where every property is
 * documented. Absent blocks take the defaults of their records.
 *
 * @param catalog the catalog file published as version 1 when the store has no version yet: a Spring resource location (classpath:…, file:…) or a path
 * @param model the sentence encoder: a bundled model name or a directory with a .onnx file and tokenizer
 * @param policy escalation thresholds
 * @param cost prices and budgets
 * @param limits what visitors may send
 * @param conversation how long conversations are kept
 * @param handoff how long queue entries, presence and left messages are kept
 * @param dispatch how visitor messages are batched for the encoder
 * @param agents the accounts that sign in: agents, and owners editing the catalog
 * @param publishing how nodes follow published catalog versions
 * @param redis the Redis shared by the nodes; none by default
 * @param llm the LLM for questions the FAQ answers only loosely; none by default
 * @param bench the load benchmark's helpers
 * @param answerClaimLease how long a stopped node's claims on the messages it was answering outlive it, after which a
 *     re-send is answered anew; empty: the LLM timeout plus a margin for the store writes
 */
@ConfigurationProperties("penny")
public record PennyProperties(
        String catalog,
        String model,
        @NestedConfigurationProperty PolicyProperties policy,
        @NestedConfigurationProperty CostProperties cost,
        @NestedConfigurationProperty LimitsProperties limits,
        @NestedConfigurationProperty ConversationProperties conversation,
        @NestedConfigurationProperty HandoffProperties handoff,
        @NestedConfigurationProperty DispatchProperties dispatch,
        List<AgentAccount> agents,
        @NestedConfigurationProperty PublishingProperties publishing,
        @NestedConfigurationProperty RedisProperties redis,
        @NestedConfigurationProperty LlmProperties llm,
        @NestedConfigurationProperty BenchProperties bench,
        Duration answerClaimLease) {

    /** The demo bank catalog shipped with Penny. */
    public static final String DEMO_CATALOG = "classpath:catalog/demo-bank.yml";

    public PennyProperties {
        catalog = catalog == null || catalog.isBlank() ? DEMO_CATALOG : catalog.strip();
        model = model == null || model.isBlank() ? "bge-small-en-v1.5-q" : model.strip();
        policy = policy == null ? PolicyProperties.unset() : policy;
        cost = cost == null ? CostProperties.defaults() : cost;
        limits = limits == null ? LimitsProperties.defaults() : limits;
        conversation = conversation == null ? ConversationProperties.defaults() : conversation;
        handoff = handoff == null ? HandoffProperties.defaults() : handoff;
        dispatch = dispatch == null ? DispatchProperties.defaults() : dispatch;
        agents = agents == null ? List.of() : List.copyOf(agents);
        publishing = publishing == null ? PublishingProperties.defaults() : publishing;
        redis = redis == null ? RedisProperties.defaults() : redis;
        llm = llm == null ? LlmProperties.defaults() : llm;
        bench = bench == null ? BenchProperties.defaults() : bench;
    }
}
