package dev.penny.channels.replay;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * Agents on the agent socket, for the replay only: every conversation that appears in the queue is claimed at once,
 * answered after the delay (the time an agent spends on it) and handed back to the bot, so the visitor's remaining
 * questions reach the bot again.
 */
final class SimulatedAgents implements AutoCloseable {

    static final String ANSWER = "Thanks for waiting, I have sorted this out for you. (simulated agent)";

    private final ScheduledExecutorService desk = Executors.newScheduledThreadPool(2);
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final Duration delay;
    private final ReplaySocket socket;

    SimulatedAgents(HttpClient client, URI agentSocket, String user, String password, Duration delay) throws Exception {
        this.delay = delay;
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.socket = ReplaySocket.open(client, agentSocket, Map.of("Authorization", "Basic " + basic), this::frame);
    }

    /** Conversations the agents answered. */
    int answered() {
        return answered.get();
    }

    private void frame(JsonNode frame) {
        if (!frame.path("type").asString("").equals("queue")) {
            return;
        }
        for (JsonNode waiting : frame.path("payload").path("conversations")) {
            String id = waiting.path("conversationId").asString("");
            if (!id.isEmpty() && held.add(id)) {
                desk.execute(() -> command("agent.claim", id, Map.of()));
                desk.schedule(() -> answerAndRelease(id), delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void answerAndRelease(String id) {
        command("agent.message", id, Map.of("text", ANSWER));
        command("agent.release", id, Map.of());
        answered.incrementAndGet();
        held.remove(id);
    }

    private void command(String type, String conversationId, Map<String, Object> payload) {
        Map<String, Object> body = new java.util.HashMap<>(payload);
        body.put("conversationId", conversationId);
        socket.send(type, conversationId, "replay-agent-" + commands.incrementAndGet(), body);
    }

    @Override
    public void close() {
        desk.shutdownNow();
        socket.close();
    }
}
