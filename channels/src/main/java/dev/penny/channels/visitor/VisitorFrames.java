package dev.penny.channels.visitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.penny.channels.wire.Frame;
import dev.penny.channels.wire.SourceLink;
import dev.penny.core.channel.Resumption;
import dev.penny.core.channel.StartedConversation;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.Reply;
import java.util.List;
import java.util.Locale;

/** The frames the server sends visitors, and their payloads. Bot decisions' reasons and scores are not among them. */
final class VisitorFrames {

    private VisitorFrames() {}

    /** A turn in a {@code session.started} frame's missed turns. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VisitorTurn(
            String id,
            String author,
            String source,
            String text,
            List<String> quickReplies,
            String route,
            String at,
            List<SourceLink> sources) {

        static VisitorTurn of(Turn turn) {
            return new VisitorTurn(
                    turn.id().value(),
                    lower(turn.author()),
                    turn.source() == null ? null : lower(turn.source()),
                    turn.text(),
                    turn.quickReplies(),
                    turn.decision() == null ? null : lower(turn.decision().route()),
                    turn.at().toString(),
                    SourceLink.of(turn));
        }
    }

    /**
     * {@code resumeToken} only for a new conversation: the client already holds the one it resumed with. {@code
     * forgetOnClose} only when {@code penny.widget.forget-on-close} is on.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionStarted(
            String conversationId,
            String resumeToken,
            boolean resumed,
            String state,
            int maxMessageChars,
            List<VisitorTurn> missed,
            Boolean forgetOnClose) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BotMessage(
            String text,
            String source,
            List<String> quickReplies,
            String route,
            String replyTo,
            String at,
            List<SourceLink> sources) {}

    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    record HandoffStatus(String status, int position, boolean leaveMessage) {}

    record Ack(String state, boolean duplicate) {}

    record Typing(String from) {}

    static Frame sessionStarted(StartedConversation started, int maxChars, boolean forgetOnClose) {
        ConversationId id = started.id();
        return Frame.of(
                "session.started",
                id.value(),
                null,
                new SessionStarted(
                        id.value(),
                        started.resumeToken().value(),
                        false,
                        lower(ConversationState.BOT),
                        maxChars,
                        List.of(),
                        forgetOnClose ? true : null));
    }

    static Frame sessionResumed(Resumption resumed, int maxChars, boolean forgetOnClose) {
        ConversationId id = resumed.id();
        List<VisitorTurn> turns = resumed.missed().stream().map(VisitorTurn::of).toList();
        return Frame.of(
                "session.started",
                id.value(),
                null,
                new SessionStarted(
                        id.value(), null, true, lower(resumed.state()), maxChars, turns, forgetOnClose ? true : null));
    }

    static Frame ack(Reply reply) {
        Turn turn = reply.visitorTurn();
        return Frame.of(
                "ack",
                turn.conversationId().value(),
                turn.id().value(),
                new Ack(lower(reply.state()), reply.alreadyAccepted()));
    }

    /** A bot, agent or system turn; {@code replyTo} is the visitor message it answers, or null. */
    static Frame botMessage(Turn turn, MessageId replyTo) {
        String route = turn.decision() == null ? null : lower(turn.decision().route());
        return Frame.of(
                "bot.message",
                turn.conversationId().value(),
                turn.id().value(),
                new BotMessage(
                        turn.text(),
                        lower(turn.source()),
                        turn.quickReplies(),
                        route,
                        replyTo == null ? null : replyTo.value(),
                        turn.at().toString(),
                        SourceLink.of(turn)));
    }

    /** Statuses: waiting, no_agent_online, agent_joined, agent_left, closed, message_left. */
    static Frame handoffStatus(ConversationId id, String status, int position, boolean leaveMessage) {
        return Frame.of("handoff.status", id.value(), null, new HandoffStatus(status, position, leaveMessage));
    }

    static Frame typing(ConversationId id, String from) {
        return Frame.of("typing", id.value(), null, new Typing(from));
    }

    static Frame pong(String replyTo) {
        return Frame.of("pong", null, replyTo, null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
