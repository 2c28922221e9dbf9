package dev.penny.channels.replay;

import dev.penny.channels.PennyApplication;
import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.replay.ReplayCorpus.Conversation;
import dev.penny.channels.replay.ReplayFigures.Scored;
import dev.penny.channels.replay.ReplayVisitor.Outcome;
import dev.penny.channels.replay.ReplayVisitor.Replayed;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.policy.EscalationPolicy;
import dev.penny.core.understanding.FaqEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar penny.jar replay …}: labelled conversations through an in-process Penny over the visitor socket,
 * with a simulated LLM and simulated agents, measured against their labels and priced against sending every message
 * to the LLM.
 */
public final class ReplayCommand {

    private static final String AGENT = "replay-agent";

    private ReplayCommand() {}

    public static void run(String[] args) throws Exception {
        ReplayOptions options;
        List<Conversation> conversations;
        try {
            options = ReplayOptions.parse(args);
            conversations =
                    options.conversations() == null ? ReplayCorpus.demo() : ReplayCorpus.read(options.conversations());
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ReplayFigures figures = replay(options, conversations);
        String json =
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures.values());
        System.out.println(json);
        if (options.json() != null) {
            Files.writeString(options.json(), json + "\n");
            System.out.println("JSON written to " + options.json());
        }
    }

    static ReplayFigures replay(ReplayOptions options, List<Conversation> conversations) throws Exception {
        return replay(options, conversations, penny -> {});
    }

    /**
     * Replays, then hands the Penny that ran the replay to {@code afterwards} before stopping it, so a caller can read
     * what Penny itself counted of the same traffic (its analytics).
     */
    static ReplayFigures replay(
            ReplayOptions options,
            List<Conversation> conversations,
            Consumer<ConfigurableApplicationContext> afterwards)
            throws Exception {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        try (SimulatedLlm llm = new SimulatedLlm();
                ConfigurableApplicationContext penny = startPenny(options, llm, password)) {
            int port = Integer.parseInt(penny.getEnvironment().getProperty("local.server.port"));
            HttpClient client = HttpClient.newHttpClient();
            ServedCatalog catalog = penny.getBean(ServedCatalog.class);
            ReplayVisitor visitor = new ReplayVisitor(
                    client,
                    URI.create("ws://127.0.0.1:" + port + "/ws/visitor"),
                    intent -> catalog.liveFaq()
                            .current()
                            .answers()
                            .answerFor(intent)
                            .map(FaqEntry::title),
                    options.agentDelay());
            long started = System.nanoTime();
            List<Replayed> replayed;
            try (SimulatedAgents agents = new SimulatedAgents(
                    client,
                    URI.create("ws://127.0.0.1:" + port + "/ws/agent"),
                    AGENT,
                    password,
                    options.agentDelay())) {
                replayed = replayAll(visitor, conversations, options.visitors());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ReplayFigures figures = score(
                    replayed,
                    penny.getBean(ConversationStore.class),
                    penny.getBean(CostLedger.class),
                    options,
                    seconds);
            afterwards.accept(penny);
            return figures;
        }
    }

    private static List<Replayed> replayAll(ReplayVisitor visitor, List<Conversation> conversations, int visitors)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        try {
            List<Future<Replayed>> futures = new ArrayList<>();
            for (Conversation conversation : conversations) {
                futures.add(pool.submit(() -> visitor.replay(conversation)));
            }
            List<Replayed> replayed = new ArrayList<>();
            for (Future<Replayed> future : futures) {
                replayed.add(future.get());
            }
            return replayed;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Finds the intent of every FAQ answer in the transcripts Penny kept, and adds up what the conversations cost. */
    static ReplayFigures score(
            List<Replayed> replayed,
            ConversationStore store,
            CostLedger ledger,
            ReplayOptions options,
            double seconds) {
        List<List<Scored>> scored = new ArrayList<>();
        Map<dev.penny.core.cost.CostKind, Long> units = new LinkedHashMap<>();
        Map<dev.penny.core.cost.CostKind, Long> micros = new LinkedHashMap<>();
        for (Replayed conversation : replayed) {
            ConversationId id = new ConversationId(conversation.conversationId());
            Map<String, String> intents = new LinkedHashMap<>();
            Set<String> outOfScopeReplies = new HashSet<>();
            for (Turn turn : store.transcript(id)) {
                if (turn.decision() != null && !turn.decision().intentIds().isEmpty()) {
                    intents.put(turn.id().value(), turn.decision().intentIds().get(0));
                }
                if (turn.decision() != null && EscalationPolicy.answeredOutOfScope(turn.decision())) {
                    outOfScopeReplies.add(turn.id().value());
                }
            }
            List<Scored> turns = new ArrayList<>();
            for (Outcome outcome : conversation.outcomes()) {
                String answered = Optional.ofNullable(outcome.faqAnswerTurnId())
                        .map(intents::get)
                        .orElse(null);
                turns.add(new Scored(
                        outcome,
                        answered,
                        outcome.faqAnswerTurnId() != null && outOfScopeReplies.contains(outcome.faqAnswerTurnId())));
            }
            scored.add(turns);
            CostTotals totals = ledger.conversationTotals(id);
            totals.units().forEach((kind, value) -> units.merge(kind, value, Long::sum));
            totals.microDollars().forEach((kind, value) -> micros.merge(kind, value, Long::sum));
        }
        return ReplayFigures.of(scored, new CostTotals(units, micros), options, seconds);
    }

    private static ConfigurableApplicationContext startPenny(ReplayOptions options, SimulatedLlm llm, String password) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        // conversations, costs and the queue in this process, whatever REDIS_URL says: a replay must not touch a
        // production store
        settings.put("penny.redis.url", "");
        settings.put("penny.llm.base-url", llm.baseUrl());
        settings.put("penny.llm.api-key", "replay");
        settings.put(
                "penny.cost.llm-input-per-million-tokens", Long.toString(options.llmInputMicroDollarsPerMillion()));
        settings.put(
                "penny.cost.llm-output-per-million-tokens", Long.toString(options.llmOutputMicroDollarsPerMillion()));
        // replayed visitors type faster than people
        settings.put("penny.limits.rate-limit-messages", "1000000");
        settings.put("penny.limits.rate-limit-period", "1s");
        // and all come from one loopback address, which the per-address abuse limits would refuse after 60
        settings.put("penny.abuse.conversations-per-address", "1000000");
        settings.put("penny.abuse.messages-per-address", "1000000");
        settings.put("penny.abuse.sockets-per-address", "1000");
        settings.put("penny.agents[0].username", AGENT);
        settings.put("penny.agents[0].password-hash", new BCryptPasswordEncoder().encode(password));
        settings.put("penny.agents[0].roles", "AGENT");
        settings.put("logging.level.dev.penny", "WARN");
        for (String argument : options.pennyArguments()) {
            int equals = argument.indexOf('=');
            settings.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        System.out.println("starting Penny in-process (in-memory store, simulated LLM at " + llm.baseUrl() + ")");
        return SpringApplication.run(PennyApplication.class, args.toArray(String[]::new));
    }
}
