package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.feedback.AnswerFeedback;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.policy.Route;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Thumbs on bot answers and ratings of agent conversations, over the visitor socket, bad input included. */
class FeedbackIT extends RunningPenny {

    @Autowired
    FeedbackStore feedback;

    @Autowired
    MissedQuestions missed;

    @Autowired
    ServedCatalog served;

    private static JsonNode reply(Visitor visitor, String type, Map<String, Object> payload) {
        String id = "f-" + java.util.UUID.randomUUID();
        visitor.socket.send(type, visitor.conversationId, id, payload);
        return visitor.socket.next(f -> id.equals(f.path("id").asString()), "answer to " + id);
    }

    private static String code(JsonNode frame) {
        assertThat(frame.path("type").asString()).isEqualTo("error");
        return frame.path("payload").path("code").asString();
    }

    @Test
    void a_thumb_on_a_faq_answer_is_stored_counted_and_the_last_one_counts() {
        String version = served.liveFaq().current().label();
        long before = feedback.counts(version).unhelpfulByIntent().getOrDefault("change_pin", 0L);
        try (Visitor visitor = visitor()) {
            String question = visitor.send("user.message", "How do I change my PIN?");
            JsonNode answer = visitor.answerTo(question);
            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");
            String turn = answer.path("id").asString();

            JsonNode up = reply(visitor, "feedback", Map.of("turnId", turn, "helpful", true));
            assertThat(up.path("type").asString()).isEqualTo("feedback.saved");
            JsonNode down =
                    reply(visitor, "feedback", Map.of("turnId", turn, "helpful", false, "comment", "did not work"));
            assertThat(down.path("payload").path("helpful").asBoolean()).isFalse();

            ConversationId id = new ConversationId(visitor.conversationId);
            assertThat(feedback.feedbackOn(id)).singleElement().satisfies(f -> {
                assertThat(f.helpful()).isFalse();
                assertThat(f.comment()).isEqualTo("did not work");
                assertThat(f.intentId()).isEqualTo("change_pin");
            });
            assertThat(feedback.counts(version).unhelpfulByIntent()).containsEntry("change_pin", before + 1);
            // the question the unhelpful answer replied to joins what the editor's suggestions group
            assertThat(missed.recent(50))
                    .filteredOn(q -> q.conversationId().equals(id))
                    .singleElement()
                    .extracting(MissedQuestion::route, q -> q.messageId().value())
                    .containsExactly(Route.FAQ, question);
        }
    }

    @Test
    void feedback_on_a_turn_that_is_not_this_conversations_bot_answer_is_refused_and_nothing_is_stored() {
        try (Visitor ana = visitor();
                Visitor bo = visitor()) {
            String question = ana.send("user.message", "How do I change my PIN?");
            String anasAnswer = ana.answerTo(question).path("id").asString();

            assertThat(code(reply(ana, "feedback", Map.of("turnId", question, "helpful", true))))
                    .isEqualTo("not_a_bot_answer");
            assertThat(code(reply(bo, "feedback", Map.of("turnId", anasAnswer, "helpful", true))))
                    .isEqualTo("not_a_bot_answer");
            assertThat(code(reply(ana, "feedback", Map.of("turnId", "no such turn!", "helpful", true))))
                    .isEqualTo("not_a_bot_answer");
            assertThat(code(reply(ana, "feedback", Map.of("turnId", anasAnswer, "helpful", "yes"))))
                    .isEqualTo("invalid_feedback");
            assertThat(code(reply(
                            ana,
                            "feedback",
                            Map.of(
                                    "turnId",
                                    anasAnswer,
                                    "helpful",
                                    true,
                                    "comment",
                                    "x".repeat(AnswerFeedback.MAX_COMMENT + 1)))))
                    .isEqualTo("invalid_feedback");

            assertThat(feedback.feedbackOn(new ConversationId(ana.conversationId)))
                    .isEmpty();
            assertThat(feedback.feedbackOn(new ConversationId(bo.conversationId)))
                    .isEmpty();
        }
    }

    @Test
    void a_conversation_with_an_agent_is_rated_from_1_to_5_and_the_last_rating_counts() {
        try (Visitor botOnly = visitor()) {
            botOnly.ask("How do I change my PIN?");
            assertThat(code(reply(botOnly, "rating", Map.of("score", 5)))).isEqualTo("nothing_to_rate");
        }
        // a new connection: its rate limit (five messages, feedback included) is not spent
        try (Agent alice = new Agent(alice());
                Visitor visitor = visitor()) {

            visitor.ask("I want to talk to a human please");
            alice.awaitWaiting(visitor.conversationId);
            alice.claim(visitor.conversationId);
            alice.say(visitor.conversationId, "Done, your card is on its way.");
            alice.answerTo(alice.command("agent.close", visitor.conversationId, Map.of()));
            visitor.socket.next(f -> f.path("payload").path("status").asString().equals("closed"), "closed");

            assertThat(code(reply(visitor, "rating", Map.of("score", 0)))).isEqualTo("invalid_feedback");
            assertThat(code(reply(visitor, "rating", Map.of("score", 6)))).isEqualTo("invalid_feedback");
            assertThat(code(reply(visitor, "rating", Map.of("score", 4.5)))).isEqualTo("invalid_feedback");
            assertThat(reply(visitor, "rating", Map.of("score", 2)).path("type").asString())
                    .isEqualTo("feedback.saved");
            JsonNode saved = reply(visitor, "rating", Map.of("score", 5, "comment", "quick"));
            assertThat(saved.path("payload").path("score").asInt())
                    .as(saved.toString())
                    .isEqualTo(5);

            assertThat(feedback.rating(new ConversationId(visitor.conversationId)))
                    .hasValueSatisfying(r -> {
                        assertThat(r.score()).isEqualTo(5);
                        assertThat(r.comment()).isEqualTo("quick");
                    });
        }
    }
}
