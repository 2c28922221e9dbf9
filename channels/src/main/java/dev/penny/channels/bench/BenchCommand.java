package dev.penny.channels.bench;

import dev.penny.channels.PennyApplication;
import dev.penny.channels.config.DispatchProperties;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar penny.jar bench …}: latency of FAQ answers over the visitor WebSocket under an open loop of
 * visitors, throughput at saturation, and two ceilings measured in the same run: an echo endpoint on the same
 * server and the encoder's own batched throughput with no server around it.
 */
public final class BenchCommand {

    private static final String DEMO_CATALOG = "catalog/demo-bank.yml";

    /** The longest the closed loop waits for the open loop's backlog to be answered. */
    private static final int DRAIN_SECONDS = 120;

    private static final int SATURATION_SETTLE_SECONDS = 15;

    private BenchCommand() {}

    public static void run(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> questions = questions(DEMO_CATALOG);
        ConfigurableApplicationContext penny = null;
        URI url = options.url();
        if (url == null) {
            penny = startPenny();
            url = URI.create(
                    "ws://localhost:" + penny.getEnvironment().getProperty("local.server.port") + "/ws/visitor");
        }
        try {
            BenchReport report = measure(options, url, questions);
            report.print(System.out);
            if (options.json() != null) {
                report.writeJson(options.json());
                System.out.println("JSON written to " + options.json());
            }
        } finally {
            if (penny != null) {
                penny.close();
            }
        }
    }

    static BenchReport measure(BenchOptions options, URI url, List<String> questions) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        HttpClient client = HttpClient.newHttpClient();
        List<BenchSocket> visitors = open(client, url, options.visitors(), errors, true);
        LoadPhase penny = new LoadPhase(visitors, questions);
        // warm-up: the JIT was still compiling after 5 s (a sixth of the CPU at saturation), and it would be measured
        penny.closedLoop(Math.min(15, options.seconds()));
        // the warm-up leaves a question in flight per visitor: answered before the open loop, not inside it, where
        // the first second's questions waited behind them (each conversation answers in order)
        drain(visitors);
        System.out.println("open loop: " + options.visitors() + " visitors x " + options.rate() + "/s");
        LoadPhase.Result open = penny.openLoop(options.rate(), options.seconds());
        drain(visitors);
        System.out.println("closed loop (saturation)");
        // Unmeasured: after the open loop's light load, the JIT recompiled for the whole of the next 30 s (about 1,000
        // compilations, a third of them replacing code it had made before; -XX:+PrintCompilation), which a server
        // under sustained load has long finished.
        penny.closedLoop(SATURATION_SETTLE_SECONDS);
        LoadPhase.Result saturated = penny.closedLoop(options.seconds());
        visitors.forEach(BenchSocket::close);
        // Right after saturation, so that both run on the machine as it is then: on these shared machines the
        // encoder's own rate moved by a fifth from one minute to the next (550-780 texts/s in one hour).
        System.out.println("encoder ceiling");
        EncoderCeiling ceiling = encoderCeiling(questions, Math.max(5, options.seconds() / 3));

        List<BenchSocket> echoes = open(client, options.echoUrl(url), options.visitors(), errors, false);
        LoadPhase echo = new LoadPhase(echoes, questions);
        echo.closedLoop(Math.min(3, options.seconds()));
        System.out.println("echo endpoint");
        LoadPhase.Result echoOpen = echo.openLoop(options.rate(), options.seconds());
        LoadPhase.Result echoSaturated = echo.closedLoop(options.seconds());
        echoes.forEach(BenchSocket::close);
        return new BenchReport(options, url, open, saturated, echoOpen, echoSaturated, ceiling, errors.get());
    }

    /**
     * Waits until the server has answered what the previous phase left queued (the open loop's late answers already
     * count as lost), so that the next phase measures the server from an empty queue rather than behind a backlog.
     */
    private static void drain(List<BenchSocket> visitors) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        int waiting;
        while ((waiting = visitors.stream().mapToInt(BenchSocket::unanswered).sum()) > 0
                && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        System.out.printf(
                "backlog drained in %.1f s (%d still unanswered)%n", (System.nanoTime() - started) / 1e9, waiting);
    }

    private static List<BenchSocket> open(HttpClient client, URI url, int count, AtomicInteger errors, boolean session)
            throws Exception {
        List<BenchSocket> sockets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sockets.add(BenchSocket.open(client, url, "v" + i, errors, session));
        }
        return sockets;
    }

    /** Questions visitors ask: a catalog's own phrasings, shuffled, so that most answers come from the FAQ. */
    public static List<String> questions(String catalogResource) throws Exception {
        try (Reader yaml = new InputStreamReader(
                BenchCommand.class.getClassLoader().getResourceAsStream(catalogResource), StandardCharsets.UTF_8)) {
            List<String> texts = new ArrayList<>();
            new CatalogLoader()
                    .load(yaml, catalogResource)
                    .catalog()
                    .trainingExamples()
                    .forEach(e -> texts.add(e.text()));
            Collections.shuffle(texts, new Random(7));
            return texts;
        }
    }

    /**
     * Texts per second the encoder alone sustains, in batches of the server's size, measured in each way it can run:
     * one call at a time on all cores (ONNX Runtime's defaults), and calls overlapping, one per classifying thread,
     * with one thread each (the server's default) or sharing one per core. The ceiling is the fastest.
     */
    static EncoderCeiling encoderCeiling(List<String> questions, int seconds) throws InterruptedException {
        DispatchProperties server = DispatchProperties.defaults();
        Map<String, Double> ways = new LinkedHashMap<>();
        ways.put("one call at a time on all cores", throughput(0, true, 1, questions, server.maxBatch(), seconds));
        ways.put(
                server.classifiers() + " overlapping one-thread calls",
                throughput(1, false, server.classifiers(), questions, server.maxBatch(), seconds));
        ways.put(
                server.classifiers() + " overlapping calls sharing all cores",
                throughput(0, false, server.classifiers(), questions, server.maxBatch(), seconds));
        return new EncoderCeiling(ways);
    }

    private static double throughput(
            int intraOpThreads, boolean spin, int callers, List<String> questions, int batch, int seconds)
            throws InterruptedException {
        try (OnnxSentenceEncoder encoder =
                OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized(), intraOpThreads, spin)) {
            return throughput(encoder, questions, batch, callers, seconds);
        }
    }

    private static double throughput(
            SentenceEncoder encoder, List<String> questions, int batch, int callers, int seconds)
            throws InterruptedException {
        encoder.encode(questions.subList(0, 2 * batch)); // warm-up
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        AtomicLong encoded = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
            int offset = caller * (questions.size() / callers);
            Thread thread = new Thread(() -> {
                int span = questions.size() - batch;
                for (int from = offset % span; System.nanoTime() < deadline; from = (from + batch) % span) {
                    encoded.addAndGet(encoder.encode(questions.subList(from, from + batch)).length);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return encoded.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static ConfigurableApplicationContext startPenny() {
        String redis = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        System.out.println("starting Penny in-process with the demo catalog and the Redis ledger at " + redis);
        return SpringApplication.run(
                PennyApplication.class,
                "--server.port=0",
                "--penny.redis.url=" + redis,
                "--penny.bench.echo=true",
                // a local benchmark of the demo set-up, on a port nobody else is told
                "--penny.demo=true",
                // the benchmark's visitors type faster than people: lift the per-connection limit
                "--penny.limits.rate-limit-messages=1000000",
                "--penny.limits.rate-limit-period=1s",
                // and the per-address limits: every simulated visitor comes from this machine
                "--penny.abuse.sockets-per-address=1000000",
                "--penny.abuse.conversations-per-address=1000000",
                "--penny.abuse.messages-per-address=1000000",
                // long runs hold long conversations, and saturation is measured, not refused
                "--penny.abuse.turns-per-conversation=1000000",
                "--penny.dispatch.queue-capacity=1000000",
                "--logging.level.dev.penny=WARN");
    }
}
