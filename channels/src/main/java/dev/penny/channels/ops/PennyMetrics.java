package dev.penny.channels.ops;

import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.engine.Reply;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.policy.Route;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Penny's meters: {@code penny.messages} by route, {@code penny.answer.latency} by route, {@code penny.escalations}
 * by target, {@code penny.cost} in micro-dollars by kind, and the gauges {@code penny.handoff.queue} and {@code
 * penny.agents.online}.
 */
public final class PennyMetrics {

    /** Route tag of a visitor message the bot stayed silent on, because a person is answering. */
    static final String PERSON_ANSWERING = "agent";

    private final MeterRegistry registry;
    // Kept once registered: building a meter's id and finding it in the registry for every message is work the
    // answering threads need not repeat.
    private final Map<String, Counter> messages = new ConcurrentHashMap<>();
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();
    private final Map<String, Counter> escalations = new ConcurrentHashMap<>();
    private final Map<CostKind, Counter> costs = new ConcurrentHashMap<>();

    public PennyMetrics(MeterRegistry registry, HumanHandoff handoff) {
        this.registry = registry;
        Gauge.builder("penny.handoff.queue", handoff, h -> h.queue().size())
                .description("Conversations waiting for an agent")
                .register(registry);
        Gauge.builder("penny.agents.online", handoff, HumanHandoff::agentsOnline)
                .description("Agents whose console is connected")
                .register(registry);
    }

    /** Counts a visitor message by the route that answered it, and times it from arrival to answer. */
    public void answered(Reply reply, Duration latency) {
        if (reply.alreadyAccepted()) {
            return;
        }
        String route = route(reply);
        messages.computeIfAbsent(
                        route,
                        r -> Counter.builder("penny.messages")
                                .description("Visitor messages by who answered them")
                                .tag("route", r)
                                .register(registry))
                .increment();
        latencies
                .computeIfAbsent(
                        route,
                        r -> Timer.builder("penny.answer.latency")
                                .description("From a visitor message's arrival to its answer")
                                .tag("route", r)
                                .register(registry))
                .record(latency);
        if (route.equals("llm") || route.equals("article") || route.equals("human")) {
            escalations
                    .computeIfAbsent(
                            route,
                            r -> Counter.builder("penny.escalations")
                                    .description("Messages the FAQ could not answer, by where they went")
                                    .tag("to", r)
                                    .register(registry))
                    .increment();
        }
    }

    /** Adds a recorded cost. */
    public void cost(CostEvent event) {
        costs.computeIfAbsent(
                        event.kind(),
                        kind -> Counter.builder("penny.cost")
                                .description("Cost in micro-dollars; kind all_llm_baseline is avoided, not spent")
                                .baseUnit("microdollars")
                                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                                .register(registry))
                .increment(event.microDollars());
    }

    private static String route(Reply reply) {
        return reply.botTurns().stream()
                .filter(t -> t.decision() != null)
                .map(t -> t.decision().route())
                .findFirst()
                .map(PennyMetrics::tag)
                .orElse(PERSON_ANSWERING);
    }

    private static String tag(Route route) {
        return route.name().toLowerCase(Locale.ROOT);
    }
}
