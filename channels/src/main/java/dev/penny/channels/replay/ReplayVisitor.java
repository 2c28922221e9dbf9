package dev.penny.channels.replay;

import dev.penny.channels.replay.ReplayCorpus.Conversation;
import dev.penny.channels.replay.ReplayCorpus.Line;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A visitor replaying one conversation over the visitor socket, as a person would: each question waits for its
 * answer; offered a "did you mean" choice, they pick the title of the intent they meant when it is there (and move
 * on when it is not); handed to a person, they wait until the agent has answered and handed back to the bot.
 */
final class ReplayVisitor {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final URI visitorSocket;
    private final Function<String, Optional<String>> titles;
    private final Duration agentDelay;

    /**
     * @param titles the FAQ title of an intent: what the visitor recognises their question by in a choice
     */
    ReplayVisitor(
            HttpClient client, URI visitorSocket, Function<String, Optional<String>> titles, Duration agentDelay) {
        this.client = client;
        this.visitorSocket = visitorSocket;
        this.titles = titles;
        this.agentDelay = agentDelay;
    }

    /** What became of one visitor message. */
    record Outcome(Line line, String route, String faqAnswerTurnId, boolean picked) {

        static final String NO_ANSWER = "none";
    }

    /** The conversation Penny held it in and what became of each of its messages. */
    record Replayed(String conversationId, List<Outcome> outcomes) {}

    Replayed replay(Conversation conversation) throws Exception {
        BlockingQueue<JsonNode> inbox = ReplaySocket.inbox();
        try (ReplaySocket socket = ReplaySocket.open(client, visitorSocket, inbox)) {
            socket.send("session.start", null, null, Map.of());
            JsonNode started = await(inbox, f -> type(f, "session.started"), ANSWER_TIMEOUT);
            if (started == null) {
                throw new IllegalStateException("Penny did not start a session for " + conversation.id());
            }
            String id = started.path("payload").path("conversationId").asString();
            List<Outcome> outcomes = new ArrayList<>();
            int sequence = 0;
            for (Line line : conversation.turns()) {
                String messageId = conversation.id().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + ++sequence;
                outcomes.add(ask(socket, inbox, id, messageId, line));
            }
            return new Replayed(id, outcomes);
        }
    }

    private Outcome ask(ReplaySocket socket, BlockingQueue<JsonNode> inbox, String conversation, String id, Line line)
            throws InterruptedException {
        socket.send("user.message", conversation, id, Map.of("text", line.text()));
        JsonNode answer = answerTo(inbox, id);
        if (answer == null) {
            return new Outcome(line, Outcome.NO_ANSWER, null, false);
        }
        JsonNode payload = answer.path("payload");
        String route = payload.path("route").asString(Outcome.NO_ANSWER);
        switch (route) {
            case "faq" -> {
                return new Outcome(line, route, answer.path("id").asString(), false);
            }
            case "choice" -> {
                Optional<String> title = titles.apply(line.expect());
                for (JsonNode offered : payload.path("quickReplies")) {
                    if (title.isPresent() && offered.asString("").equalsIgnoreCase(title.get())) {
                        String pick = id + "-pick";
                        socket.send("quick.reply", conversation, pick, Map.of("text", offered.asString()));
                        JsonNode picked = answerTo(inbox, pick);
                        boolean faq = picked != null
                                && picked.path("payload")
                                        .path("route")
                                        .asString("")
                                        .equals("faq");
                        return new Outcome(line, route, faq ? picked.path("id").asString() : null, true);
                    }
                }
                return new Outcome(line, route, null, false);
            }
            case "human" -> {
                await(
                        inbox,
                        f -> type(f, "handoff.status")
                                && List.of("agent_left", "closed", "no_agent_online")
                                        .contains(
                                                f.path("payload").path("status").asString("")),
                        ANSWER_TIMEOUT.plus(agentDelay));
                return new Outcome(line, route, null, false);
            }
            default -> {
                return new Outcome(line, route, null, false);
            }
        }
    }

    /** The bot's answer to a message, or null when Penny refused it or did not answer in time. */
    private static JsonNode answerTo(BlockingQueue<JsonNode> inbox, String id) throws InterruptedException {
        JsonNode frame = await(
                inbox,
                f -> type(f, "bot.message")
                                && id.equals(f.path("payload").path("replyTo").asString(""))
                        || type(f, "error") && id.equals(f.path("id").asString("")),
                ANSWER_TIMEOUT);
        return frame == null || type(frame, "error") ? null : frame;
    }

    private static JsonNode await(BlockingQueue<JsonNode> inbox, Predicate<JsonNode> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            JsonNode frame = inbox.poll(left, TimeUnit.NANOSECONDS);
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
        }
        return null;
    }

    private static boolean type(JsonNode frame, String type) {
        return frame.path("type").asString("").equals(type);
    }
}
