package dev.penny.channels.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.penny.channels.wire.SourceLink;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.Reply;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /api/v1/conversations/{id}/messages}: what Penny answered and who answers the conversation
 * now.
 *
 * @param replies the turns to show the visitor, in order; empty while a person answers
 * @param state {@code bot}, {@code waiting_for_agent}, {@code with_agent} or {@code closed}
 */
record ApiReply(List<ApiTurn> replies, String state) {

    /**
     * One turn for the visitor.
     *
     * @param source {@code faq}, {@code llm}, {@code article}, {@code agent} or {@code system}
     * @param route the bot's route ({@code faq}, {@code choice}, {@code llm}, {@code article}, {@code human}); null for
     *     other authors
     * @param sources the article passages the text cites as {@code [n]}, each with its number, title and URL; absent
     *     when it cites none
     */
    record ApiTurn(
            String id,
            String text,
            String source,
            String route,
            List<String> quickReplies,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<SourceLink> sources) {

        static ApiTurn of(Turn turn) {
            return new ApiTurn(
                    turn.id().value(),
                    turn.text(),
                    lower(turn.source()),
                    turn.decision() == null ? null : lower(turn.decision().route()),
                    turn.quickReplies(),
                    SourceLink.of(turn));
        }
    }

    static ApiReply of(Reply reply) {
        return new ApiReply(reply.botTurns().stream().map(ApiTurn::of).toList(), lower(reply.state()));
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
