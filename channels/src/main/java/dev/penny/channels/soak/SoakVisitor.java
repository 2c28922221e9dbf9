package dev.penny.channels.soak;

import dev.penny.channels.wire.JsonFrameListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One soak visitor on a real WebSocket: asks a question, waits for its answer, thinks, asks the next. A refused
 * message is sent again, with the same id, after a pause. When its node goes away it reconnects to another and resumes
 * its conversation, taking the answer from the missed turns or sending the message again. After a handoff it starts a
 * new conversation, as the bot is silent while a person answers.
 */
final class SoakVisitor implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WAIT_MS = 20_000;
    private static final JsonNode CLOSED = JSON.createObjectNode().put("type", "soak.closed");

    private final String name;
    private final HttpClient http;
    private final String address;
    private final IntFunction<Integer> nodePort;
    private final List<String> questions;
    private final SoakTally tally;
    private final long askUntil;
    private final long answerUntil;
    private final long thinkMs;
    private final Random random;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private WebSocket socket;
    private int node;
    private String conversationId;
    private String resumeToken;
    private String lastSeen;
    private int sequence;

    /**
     * @param address the visitor's own address, forwarded as a proxy would, so per-address limits see one visitor
     * @param nodePort the port of the n-th node to try (n counts up across reconnects), or null when it is down
     * @param askUntil nanoTime after which no new question is asked
     * @param answerUntil nanoTime after which a question still unanswered is given up (and counted lost if accepted)
     */
    SoakVisitor(
            String name,
            HttpClient http,
            String address,
            int firstNode,
            IntFunction<Integer> nodePort,
            List<String> questions,
            SoakTally tally,
            long askUntil,
            long answerUntil,
            long thinkMs,
            long seed) {
        this.name = name;
        this.http = http;
        this.address = address;
        this.node = firstNode;
        this.nodePort = nodePort;
        this.questions = questions;
        this.tally = tally;
        this.askUntil = askUntil;
        this.answerUntil = answerUntil;
        this.thinkMs = thinkMs;
        this.random = new Random(seed);
    }

    @Override
    public void run() {
        try {
            connect();
            Thread.sleep(random.nextLong(thinkMs + 1));
            while (System.nanoTime() < askUntil) {
                ask(questions.get(random.nextInt(questions.size())));
                Thread.sleep(thinkMs / 2 + random.nextLong(thinkMs + 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (socket != null) {
                socket.abort();
            }
        }
    }

    private void ask(String text) throws InterruptedException {
        String id = name + "-" + (++sequence);
        long started = System.nanoTime();
        tally.sent();
        boolean handedOff = false;
        send(id, text);
        while (System.nanoTime() < answerUntil) {
            JsonNode frame = frames.poll(WAIT_MS, TimeUnit.MILLISECONDS);
            if (frame == null || frame == CLOSED) {
                // no answer in time, or the node went away: resume, elsewhere if need be
                if (resume(id)) {
                    break;
                }
                send(id, text);
                continue;
            }
            String type = frame.path("type").asString();
            String replyTo = frame.path("payload").path("replyTo").asString();
            String frameId = frame.path("id").asString();
            if (type.equals("ack") && frameId.equals(id)) {
                tally.accepted(id);
                String state = frame.path("payload").path("state").asString();
                handedOff = !state.equals("bot");
                if (handedOff && frame.path("payload").path("duplicate").asBoolean()) {
                    // re-sent while a person answers: the bot's silence is the answer
                    tally.answer(id, "silence");
                    break;
                }
            } else if (type.equals("bot.message") && replyTo.equals(id)) {
                tally.answer(id, frameId);
                tally.latency((System.nanoTime() - started) / 1e6);
                lastSeen = frameId;
                handedOff |= frame.path("payload").path("route").asString().equals("human");
                break;
            } else if (type.equals("bot.message")) {
                lastSeen = frameId;
            } else if (type.equals("error") && frameId.equals(id)) {
                tally.refused(frame.path("payload").path("code").asString());
                Thread.sleep(500 + random.nextLong(1500));
                send(id, text);
            } else if (type.equals("handoff.status")) {
                tally.handedOff(frame.path("conversationId").asString());
            }
        }
        if (handedOff) {
            // a moment for the handoff.status frame, then a new conversation
            JsonNode status = frames.poll(1, TimeUnit.SECONDS);
            if (status != null && status.path("type").asString().equals("handoff.status")) {
                tally.handedOff(status.path("conversationId").asString());
            }
            conversationId = null;
            resumeToken = null;
            lastSeen = null;
            reconnect();
        }
    }

    /** Reconnects and resumes; true when the missed turns hold the answer to {@code id}. */
    private boolean resume(String id) throws InterruptedException {
        tally.reconnected();
        JsonNode started = reconnect();
        if (started == null) {
            return false;
        }
        boolean seen = false;
        for (JsonNode turn : started.path("payload").path("missed")) {
            String author = turn.path("author").asString();
            if (turn.path("id").asString().equals(id)) {
                seen = true;
                tally.accepted(id);
            } else if (seen && author.equals("visitor")) {
                break;
            } else if (seen) {
                tally.answer(id, turn.path("id").asString());
                lastSeen = turn.path("id").asString();
                return true;
            }
        }
        return false;
    }

    private void connect() throws InterruptedException {
        reconnect();
    }

    /** A new socket (to the next live node if this one is down) and a session start; null if none would start. */
    private JsonNode reconnect() throws InterruptedException {
        if (socket != null) {
            socket.abort();
        }
        for (int attempt = 0; System.nanoTime() < answerUntil; attempt++) {
            Integer port = nodePort.apply(node);
            if (port != null) {
                try {
                    frames.clear();
                    URI url = URI.create("ws://localhost:" + port + "/ws/visitor");
                    socket = http.newWebSocketBuilder()
                            .header("Origin", "http://localhost:" + port)
                            .header("X-Forwarded-For", address)
                            .connectTimeout(Duration.ofSeconds(5))
                            .buildAsync(url, new JsonFrameListener(frames::add, code -> frames.add(CLOSED)))
                            .get(10, TimeUnit.SECONDS);
                    Map<String, Object> payload = new LinkedHashMap<>();
                    if (resumeToken != null) {
                        payload.put("resumeToken", resumeToken);
                        if (lastSeen != null) {
                            payload.put("lastSeenId", lastSeen);
                        }
                    }
                    frame("session.start", null, null, payload);
                    JsonNode started = awaitStarted();
                    if (started != null) {
                        conversationId =
                                started.path("payload").path("conversationId").asString();
                        if (started.path("payload").hasNonNull("resumeToken")) {
                            resumeToken =
                                    started.path("payload").path("resumeToken").asString();
                        }
                        return started;
                    }
                } catch (Exception e) {
                    // the node is down or refused: try the next
                }
            }
            node++;
            Thread.sleep(Math.min(2_000, 100L * (attempt + 1)));
        }
        return null;
    }

    private JsonNode awaitStarted() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode frame = frames.poll(1, TimeUnit.SECONDS);
            if (frame == CLOSED) {
                return null;
            }
            if (frame != null && frame.path("type").asString().equals("session.started")) {
                return frame;
            }
            if (frame != null && frame.path("type").asString().equals("error")) {
                tally.refused(frame.path("payload").path("code").asString());
                return null;
            }
        }
        return null;
    }

    private void send(String id, String text) {
        try {
            frame("user.message", conversationId, id, Map.of("text", text));
        } catch (RuntimeException e) {
            frames.add(CLOSED);
        }
    }

    private void frame(String type, String conversation, String id, Map<String, Object> payload) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("v", 1);
        frame.put("type", type);
        if (conversation != null) {
            frame.put("conversationId", conversation);
        }
        if (id != null) {
            frame.put("id", id);
        }
        frame.put("payload", payload);
        socket.sendText(JSON.writeValueAsString(frame), true)
                .toCompletableFuture()
                .orTimeout(5, TimeUnit.SECONDS)
                .join();
    }
}
