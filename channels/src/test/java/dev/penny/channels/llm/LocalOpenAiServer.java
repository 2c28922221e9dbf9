package dev.penny.channels.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible server inside the test JVM: {@code POST /v1/chat/completions} answers with the replies queued,
 * in order, and remembers every request. Point a real client at {@link #baseUrl()}.
 *
 * <pre>{@code
 * try (LocalOpenAiServer llm = LocalOpenAiServer.start()) {
 *     llm.enqueue(LocalOpenAiServer.Reply.answer("Cards arrive within 5 days.", 300, 12));
 *     // ... penny.llm.base-url = llm.baseUrl()
 *     assertThat(llm.requests().get(0).body()).contains("Card arrival");
 * }
 * }</pre>
 *
 * With nothing queued it answers the default reply: HTTP 500 unless {@link #replyByDefault(Reply)} set another.
 */
public final class LocalOpenAiServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Reply byDefault =
            Reply.status(500, "{\"error\":{\"message\":\"LocalOpenAiServer: no reply queued\"}}");

    private LocalOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    /** A server on a free loopback port. */
    public static LocalOpenAiServer start() {
        try {
            return new LocalOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give the client, e.g. {@code http://127.0.0.1:40123/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Queues the reply to the next request that finds nothing queued before it. */
    public LocalOpenAiServer enqueue(Reply reply) {
        replies.add(reply);
        return this;
    }

    /** The reply given when nothing is queued. */
    public LocalOpenAiServer replyByDefault(Reply reply) {
        byDefault = reply;
        return this;
    }

    /** Every request received so far, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow(); // wakes handlers sleeping through a delayed reply
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"), body));
            Reply reply = replies.poll();
            reply = reply == null ? byDefault : reply;
            try {
                Thread.sleep(reply.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /**
     * One canned response.
     *
     * @param status the HTTP status
     * @param body the response body, sent as is
     * @param delay how long to wait before answering, e.g. to outlast the client's timeout
     */
    public record Reply(int status, String body, Duration delay) {

        /** A {@code chat.completion} whose assistant message is {@code content}, with its token usage. */
        public static Reply answer(String content, int promptTokens, int completionTokens) {
            String completion = """
                    {"id": "chatcmpl-local", "object": "chat.completion", "created": 1741942800,
                     "model": "local-test-model",
                     "choices": [{"index": 0, "message": {"role": "assistant", "content": %s}, "finish_reason": "stop"}],
                     "usage": {"prompt_tokens": %d, "completion_tokens": %d, "total_tokens": %d}}
                    """.formatted(
                    JSON.writeValueAsString(content), promptTokens, completionTokens, promptTokens + completionTokens);
            return new Reply(200, completion, Duration.ZERO);
        }

        /** A response with this status and body, e.g. {@code status(500, "{}")}. */
        public static Reply status(int status, String body) {
            return new Reply(status, body, Duration.ZERO);
        }

        /** HTTP 200 with a body that is not a chat completion, e.g. malformed JSON. */
        public static Reply raw(String body) {
            return new Reply(200, body, Duration.ZERO);
        }

        /** This reply, sent only after {@code wait}. */
        public Reply after(Duration wait) {
            return new Reply(status, body, wait);
        }
    }

    /**
     * A request as received.
     *
     * @param method the HTTP method
     * @param authorization the Authorization header, e.g. {@code Bearer test-key}; null when absent
     * @param body the request body, the chat-completion JSON the client sent
     */
    public record Request(String method, String authorization, String body) {}
}
