package dev.penny.channels.bench;

import dev.penny.channels.PennyApplication;
import dev.penny.core.events.SupportEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar penny.jar api-bench [seconds]} with {@code REDIS_URL} set: the HTTP message API's FAQ latency at
 * 100 requests/s beside the WebSocket's at the same rate, in the same run; the webhook delivery delay; and events
 * lost or out of order across a receiver outage and a Penny restart (Penny in-process, twice, on the same Redis).
 */
public final class ApiBenchCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CONVERSATIONS = 50;
    private static final double RATE = 100;

    private ApiBenchCommand() {}

    public static void run(String[] args) throws Exception {
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String redis = System.getenv("REDIS_URL");
        if (redis == null || redis.isBlank()) {
            System.err.println("api-bench needs REDIS_URL: the restart must find the undelivered events");
            System.exit(2);
        }
        List<String> questions = BenchCommand.questions("catalog/demo-bank.yml");
        WebhookTally tally = new WebhookTally();
        HttpClient http = HttpClient.newHttpClient();
        ConfigurableApplicationContext penny = start(redis, tally);
        try {
            String base = "http://127.0.0.1:" + penny.getEnvironment().getProperty("local.server.port");
            List<String> conversations = startConversations(http, base);
            List<BenchSocket> sockets = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            URI ws = URI.create(base.replace("http", "ws") + "/ws/visitor");
            for (int i = 0; i < CONVERSATIONS; i++) {
                sockets.add(BenchSocket.open(http, ws, "v" + i, errors, true));
            }
            LoadPhase socketLoad = new LoadPhase(sockets, questions);
            System.out.println("warm-up");
            openLoop(http, base, conversations, questions, RATE, Math.min(15, seconds));
            socketLoad.openLoop(RATE / CONVERSATIONS, Math.min(15, seconds));

            int arrivedBefore = tally.arrived();
            System.out.println("HTTP API open loop, " + RATE + " requests/s");
            double[] api = openLoop(http, base, conversations, questions, RATE, seconds);
            System.out.println("WebSocket open loop, " + RATE + " messages/s");
            LoadPhase.Result socket = socketLoad.openLoop(RATE / CONVERSATIONS, seconds);
            sockets.forEach(BenchSocket::close);
            TimeUnit.SECONDS.sleep(2);
            double[] delays = tally.delaysMs(arrivedBefore);

            System.out.println("receiver down, load, Penny restarted, load, receiver up");
            tally.down();
            openLoop(http, base, conversations, questions, RATE / 2, 5);
            penny.close();
            penny = start(redis, tally);
            base = "http://127.0.0.1:" + penny.getEnvironment().getProperty("local.server.port");
            openLoop(http, base, conversations, questions, RATE / 2, 5);
            tally.up();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (tally.lost() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(200);
            }

            System.out.printf(
                    "%nHTTP API FAQ answer   p50 %.2f ms  p99 %.2f ms  (%d answered)%n",
                    p(api, 0.50), p(api, 0.99), api.length);
            System.out.printf(
                    "WebSocket FAQ answer  p50 %.2f ms  p99 %.2f ms  (%d answered, %d lost)%n",
                    p(socket.faqLatenciesMs(), 0.50),
                    p(socket.faqLatenciesMs(), 0.99),
                    socket.faqLatenciesMs().length,
                    socket.lost());
            System.out.printf(
                    "webhook delivery delay p50 %.2f ms  p99 %.2f ms  (%d events)%n",
                    p(delays, 0.50), p(delays, 0.99), delays.length);
            System.out.printf(
                    "outage and restart: %d events emitted, %d lost, %d out of order, %d delivered twice%n",
                    tally.emittedCount(), tally.lost(), tally.outOfOrder(), tally.duplicates());
        } finally {
            penny.close();
            tally.close();
        }
    }

    private static double p(double[] sorted, double p) {
        return LoadPhase.Result.percentile(sorted, p);
    }

    /** Posts at {@code rate} per second, round robin over the conversations; the FAQ answers' latencies, sorted. */
    private static double[] openLoop(
            HttpClient http, String base, List<String> conversations, List<String> questions, double rate, int seconds)
            throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<Double>> asked = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        ticker.scheduleAtFixedRate(
                () -> {
                    int i = n.getAndIncrement();
                    String conversation = conversations.get(i % conversations.size());
                    String body = JSON.writeValueAsString(Map.of(
                            "id", "b" + System.nanoTime() + "-" + i, "text", questions.get(i % questions.size())));
                    long sent = System.nanoTime();
                    CompletableFuture<Double> answer = http.sendAsync(
                                    request(base + "/api/v1/conversations/" + conversation + "/messages", body),
                                    HttpResponse.BodyHandlers.ofString())
                            .thenApply(response -> faq(response) ? (System.nanoTime() - sent) / 1e6 : -1.0);
                    synchronized (asked) {
                        asked.add(answer);
                    }
                },
                0,
                (long) (1e9 / rate),
                TimeUnit.NANOSECONDS);
        TimeUnit.SECONDS.sleep(seconds);
        ticker.shutdownNow();
        List<CompletableFuture<Double>> all;
        synchronized (asked) {
            all = List.copyOf(asked);
        }
        return all.stream()
                .map(f -> f.completeOnTimeout(-1.0, 30, TimeUnit.SECONDS).join())
                .filter(ms -> ms >= 0)
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
    }

    private static boolean faq(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return false;
        }
        JsonNode replies = JSON.readTree(response.body()).path("replies");
        return replies.size() > 0 && replies.get(0).path("source").asString().equals("faq");
    }

    private static List<String> startConversations(HttpClient http, String base) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CONVERSATIONS; i++) {
            HttpResponse<String> response = http.send(
                    request(base + "/api/v1/conversations", "{\"channel\":\"bench\"}"),
                    HttpResponse.BodyHandlers.ofString());
            ids.add(JSON.readTree(response.body()).path("conversationId").asString());
        }
        return ids;
    }

    private static HttpRequest request(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer bench")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static ConfigurableApplicationContext start(String redis, WebhookTally tally) {
        System.out.println("starting Penny in-process with the demo catalog on " + redis);
        SpringApplication app = new SpringApplication(PennyApplication.class);
        app.addListeners((ApplicationListener<PayloadApplicationEvent<?>>) event -> {
            if (event.getPayload() instanceof SupportEvent supportEvent) {
                tally.emitted(supportEvent);
            }
        });
        return app.run(
                "--server.port=0",
                "--penny.redis.url=" + redis,
                // the demo accounts are the only agents configured; demo mode accepts them
                "--penny.demo=true",
                "--penny.abuse.sockets-per-address=1000000",
                "--penny.abuse.conversations-per-address=1000000",
                "--penny.abuse.messages-per-address=1000000",
                "--penny.abuse.turns-per-conversation=1000000",
                "--penny.dispatch.queue-capacity=1000000",
                "--penny.api.tokens=bench",
                "--penny.webhooks.url=" + tally.url(),
                "--penny.webhooks.secret=bench-secret",
                "--penny.webhooks.first-retry=100ms",
                "--penny.webhooks.max-retry=1s",
                "--penny.limits.rate-limit-messages=1000000",
                "--penny.limits.rate-limit-period=1s",
                "--logging.level.dev.penny=WARN",
                "--logging.level.dev.penny.channels.webhooks=ERROR");
    }
}
