package dev.penny.channels.soak;

import dev.penny.channels.bench.BenchCommand;
import dev.penny.channels.soak.SoakOptions.Fault;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import redis.clients.jedis.Jedis;

/**
 * {@code java -jar penny.jar soak …}: Penny nodes (child JVMs) on one Redis and a failing-on-command LLM double, all
 * started here, with visitors chatting over WebSockets across the nodes while faults are injected; then what was
 * accepted, answered, refused, lost and answered twice.
 */
public final class SoakCommand {

    /** Off-catalog questions, which go to the LLM, and a request for a person. */
    private static final List<String> LLM_QUESTIONS = List.of(
            "can I have a joint account with my wife", "do you sponsor the local football club", "is there a student");

    private static final String PERSON = "I want to talk to a human agent";

    private static final long THINK_MS = 4_000;
    private static final Duration ANSWER_GRACE = Duration.ofSeconds(60);

    private SoakCommand() {}

    public static void run(String[] args) throws Exception {
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Map<String, Object> figures = soak(options, Files.createTempDirectory("penny-soak"));
        String json = SoakReport.json(figures);
        System.out.println(json);
        if (options.json() != null) {
            Files.writeString(options.json(), json);
        }
    }

    static Map<String, Object> soak(SoakOptions options, Path dir) throws Exception {
        List<String> questions = new ArrayList<>(BenchCommand.questions(options.catalog()));
        // about one question in ten goes to the LLM and one in twenty-five asks for a person
        int faq = questions.size();
        for (int i = 0; i < faq / 9; i++) {
            questions.add(LLM_QUESTIONS.get(i % LLM_QUESTIONS.size()));
        }
        for (int i = 0; i < faq / 24; i++) {
            questions.add(PERSON);
        }
        String password = UUID.randomUUID().toString();
        String hash = new BCryptPasswordEncoder().encode(password);
        SoakTally tally = new SoakTally();
        Map<String, Object> faultTimes = new LinkedHashMap<>();
        try (SoakRedis redis = new SoakRedis(dir);
                SoakLlm llm = new SoakLlm()) {
            List<String> settings = new ArrayList<>(List.of(
                    "--penny.catalog=classpath:" + options.catalog(),
                    "--penny.redis.url=" + redis.url(),
                    "--penny.llm.base-url=" + llm.baseUrl(),
                    "--penny.llm.timeout=3s",
                    "--penny.answer-claim-lease=5s",
                    "--penny.agents[0].username=" + SoakNode.AGENT,
                    "--penny.agents[0].password-hash=" + hash,
                    "--penny.agents[0].roles=AGENT",
                    "--logging.level.root=WARN"));
            // Every visitor and the flood come from this one machine; each says which address it stands for, as
            // a proxy in front of Penny would, so the per-address limits apply to each visitor and to the flood
            // as they would on the internet.
            settings.add("--server.forward-headers-strategy=native");
            // No agent claims in the soak, so the queue only grows: without room for every handoff, the ones beyond
            // penny.handoff.max-waiting would be turned away as designed and "queued = requested" would not hold.
            settings.add("--penny.handoff.max-waiting=1000000");
            List<SoakNode> nodes = new ArrayList<>();
            for (int i = 0; i < options.nodes(); i++) {
                nodes.add(new SoakNode(i, settings, dir, password));
            }
            try {
                // one after the other: two JVMs unpacking and loading ONNX Runtime at once crashed one of them
                for (SoakNode node : nodes) {
                    node.start();
                    node.awaitUp(Duration.ofMinutes(8));
                }
                System.out.println("soak: " + options.nodes() + " nodes up, logs in " + dir);
                long start = System.nanoTime();
                long askUntil = start + options.duration().toNanos();
                long answerUntil = askUntil + ANSWER_GRACE.toNanos();
                HttpClient http = HttpClient.newHttpClient();
                List<Thread> visitors = new ArrayList<>();
                for (int v = 0; v < options.visitors(); v++) {
                    SoakVisitor visitor = new SoakVisitor(
                            "v" + v,
                            http,
                            "10.0." + (v / 250) + "." + (v % 250 + 1),
                            v,
                            n -> {
                                SoakNode node = nodes.get(Math.floorMod(n, nodes.size()));
                                return node.alive() ? node.port() : null;
                            },
                            questions,
                            tally,
                            askUntil,
                            answerUntil,
                            THINK_MS,
                            v);
                    Thread thread = new Thread(visitor, "soak-visitor-" + v);
                    thread.setDaemon(true);
                    thread.start();
                    visitors.add(thread);
                }
                SoakFlood flood =
                        options.flood() > 0 ? new SoakFlood(nodes.get(0).port(), options.flood()) : null;
                HeapSamples heap = new HeapSamples(nodes);
                Thread injector = injectFaults(options, nodes, redis, llm, start, faultTimes);
                int thirdsDone = 0;
                while (System.nanoTime() < askUntil) {
                    heap.sample();
                    if (System.nanoTime() - start
                            >= (thirdsDone + 1) * options.duration().toNanos() / 3) {
                        heap.sampleAfterGc();
                        thirdsDone++;
                    }
                    TimeUnit.SECONDS.sleep(5);
                }
                if (thirdsDone < 3) {
                    heap.sampleAfterGc();
                }
                if (flood != null) {
                    flood.close();
                }
                for (Thread visitor : visitors) {
                    visitor.join(TimeUnit.NANOSECONDS.toMillis(Math.max(1, answerUntil - System.nanoTime())) + 5_000);
                }
                // a killed node may still be starting again: its restart is part of the fault
                injector.join(TimeUnit.MINUTES.toMillis(4));
                heap.sample();
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("nodes", options.nodes());
                figures.put("visitors", options.visitors());
                figures.put("seconds", options.duration().toSeconds());
                figures.put("sent", tally.sentCount());
                figures.put("accepted", tally.acceptedCount());
                figures.put("answered", tally.answeredCount());
                figures.put("refused", tally.refusedByCode());
                figures.put("lost", tally.lost());
                figures.put("duplicates", tally.duplicates());
                figures.put("handoffs_requested", tally.handoffs().size());
                figures.put("handoffs_queued", queued(redis, tally));
                figures.put("p50_ms", tally.percentileMs(0.50));
                figures.put("p99_ms", tally.percentileMs(0.99));
                figures.put("reconnects", tally.reconnects());
                figures.put("llm_calls", llm.calls());
                figures.put("max_heap_mb", heap.maxByNode());
                figures.put("heap_mb_by_third", heap.maxByThird());
                figures.put("heap_after_gc_mb_by_third", heap.afterGcByThird());
                figures.put("faults", faultTimes);
                if (flood != null) {
                    figures.put("flood_sockets_opened", flood.opened());
                    figures.put("flood_sockets_refused", flood.refused());
                    figures.put("flood_sockets_closed_by_server", flood.closedByServer());
                    figures.put("flood_error_frames", flood.errorFrames());
                }
                return figures;
            } finally {
                for (SoakNode node : nodes) {
                    node.close();
                }
            }
        }
    }

    /** The conversations handed off that wait in the agents' queue ({@code RedisKeys.queue()}). */
    private static long queued(SoakRedis redis, SoakTally tally) {
        try (Jedis jedis = redis.client()) {
            return tally.handoffs().stream()
                    .filter(id -> jedis.zscore("penny:handoff:queue", id) != null)
                    .count();
        }
    }

    /** Each fault once, at even spacing over the run, on a thread of its own; the times in seconds from the start. */
    private static Thread injectFaults(
            SoakOptions options,
            List<SoakNode> nodes,
            SoakRedis redis,
            SoakLlm llm,
            long start,
            Map<String, Object> times) {
        List<Fault> faults = List.copyOf(options.faults());
        long step = options.duration().toNanos() / (faults.size() + 1);
        Thread injector = new Thread(
                () -> {
                    try {
                        for (int k = 0; k < faults.size(); k++) {
                            long at = start + step * (k + 1);
                            TimeUnit.NANOSECONDS.sleep(Math.max(0, at - System.nanoTime()));
                            Fault fault = faults.get(k);
                            double began = (System.nanoTime() - start) / 1e9;
                            switch (fault) {
                                case LLM_ERRORS -> {
                                    llm.failing(true);
                                    TimeUnit.NANOSECONDS.sleep(Math.min(TimeUnit.SECONDS.toNanos(20), step / 2));
                                    llm.failing(false);
                                }
                                case REDIS_RESTART -> redis.restart(3_000);
                                case NODE_KILL -> {
                                    SoakNode victim = nodes.get(nodes.size() - 1);
                                    victim.kill();
                                    TimeUnit.SECONDS.sleep(10);
                                    victim.start();
                                    victim.awaitUp(Duration.ofMinutes(3));
                                }
                            }
                            times.put(
                                    fault.wire(),
                                    Map.of("at_s", round(began), "until_s", round((System.nanoTime() - start) / 1e9)));
                            System.out.println("soak: " + fault.wire() + " at " + round(began) + " s");
                        }
                    } catch (Exception e) {
                        times.put("injector_failed", e.toString());
                        System.out.println("soak: fault injection failed: " + e);
                    }
                },
                "soak-faults");
        injector.setDaemon(true);
        injector.start();
        return injector;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
