package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget meets a full dispatch queue: its message is refused as busy, and it sends it again, with the same id and
 * growing pauses, until it is accepted and answered, once. The queue holds one message; another visitor fills it with
 * a message waiting behind its own slow LLM question.
 */
@TestPropertySource(
        properties = {
            "penny.dispatch.queue-capacity=1",
            "penny.dispatch.classifiers=1",
            "penny.llm.api-key=test-key",
            "penny.llm.timeout=20s",
        })
@LocalLlm
class WidgetBusyBrowserIT extends PennyInBrowser {

    @Autowired
    LocalOpenAiServer llm;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Keeps every frame the page's WebSockets receive in {@code window.pennyFrames}. */
    private static final String RECORD_FRAMES = "window.pennyFrames = [];"
            + " const NativeSocket = window.WebSocket;"
            + " window.WebSocket = class extends NativeSocket { constructor(...args) { super(...args);"
            + "   this.addEventListener('message', (e) => window.pennyFrames.push(String(e.data))); } };";

    @Test
    void the_widget_sends_a_busy_message_again_with_backoff_until_it_is_answered_once() throws Exception {
        ChromeDriver driver = remember(Chromium.desktop());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_FRAMES));
        WidgetOnPage widget =
                new WidgetOnPage(driver, port).load(SHOP.page(port, "")).open();
        widget.until(d -> widget.conversationId() != null);

        try (Filler filler = new Filler(port)) {
            llm.enqueue(LocalOpenAiServer.Reply.answer("Joint accounts aren't offered yet.", 100, 20)
                    .after(Duration.ofSeconds(4)));
            filler.ask("can I have a joint account with my wife");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (llm.requests().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(llm.requests())
                    .as("the filler's question reached the LLM")
                    .isNotEmpty();
            filler.ask("How do I change my PIN?"); // waits in the queue behind the conversation's first message
            filler.pinged();

            widget.ask("How do I change my PIN?");
            widget.awaitReply("PIN services");
        }
        Thread.sleep(1500); // room for a second answer, were there one

        List<JsonNode> frames = frames(widget);
        List<JsonNode> busy = frames.stream()
                .filter(f -> f.path("payload").path("code").asString().equals("busy"))
                .toList();
        assertThat(busy).as("refusals of the widget's message").isNotEmpty();
        String messageId = busy.get(0).path("id").asString();
        assertThat(frames.stream()
                        .filter(f -> f.path("type").asString().equals("bot.message"))
                        .filter(f ->
                                f.path("payload").path("replyTo").asString().equals(messageId)))
                .as("answers to the widget's message")
                .hasSize(1);
        assertThat(widget.transcript().stream().filter(t -> t.contains("PIN services")))
                .hasSize(1);
        JsonNode transcript = transcript(widget.conversationId());
        assertThat(transcript
                        .path("turns")
                        .valueStream()
                        .map(t -> t.path("author").asString()))
                .containsExactly("visitor", "bot");
        assertThat(transcript.path("turns").get(0).path("id").asString()).isEqualTo(messageId);
    }

    private static List<JsonNode> frames(WidgetOnPage widget) {
        @SuppressWarnings("unchecked")
        List<String> raw = (List<String>) widget.js("return window.pennyFrames;");
        return raw.stream().map(JSON::readTree).toList();
    }

    private JsonNode transcript(String conversationId) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((AGENT + ":" + AGENT_PASSWORD).getBytes());
        var request = java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/conversations/" + conversationId + "/transcript"))
                .header("Authorization", "Basic " + basic)
                .build();
        var response = HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Another visitor, on a plain WebSocket, whose messages fill the queue. */
    private static final class Filler implements AutoCloseable, WebSocket.Listener {
        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final WebSocket socket;
        private final String conversationId;
        private int sent;

        Filler(int port) throws InterruptedException {
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/visitor"), this)
                    .join();
            send(Map.of("v", 1, "type", "session.start", "payload", Map.of()));
            conversationId = next("session.started")
                    .path("payload")
                    .path("conversationId")
                    .asString();
        }

        void ask(String text) {
            send(Map.of(
                    "v",
                    1,
                    "type",
                    "user.message",
                    "conversationId",
                    conversationId,
                    "id",
                    "filler-" + ++sent,
                    "payload",
                    Map.of("text", text)));
        }

        /** The server handles a socket's frames in order: once the pong is back, every message sent is queued. */
        void pinged() throws InterruptedException {
            send(Map.of("v", 1, "type", "ping", "id", "p", "payload", Map.of()));
            next("pong");
        }

        private void send(Map<String, Object> envelope) {
            socket.sendText(JSON.writeValueAsString(envelope), true).join();
        }

        private JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                JsonNode frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && frame.path("type").asString().equals(type)) {
                    return frame;
                }
            }
            throw new AssertionError("no " + type + " frame");
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
