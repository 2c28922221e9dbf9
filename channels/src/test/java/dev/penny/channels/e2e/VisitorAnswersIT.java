package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A visitor's questions answered by the bot, over a real socket, with no LLM configured. */
class VisitorAnswersIT extends RunningPenny {

    @Test
    void answers_from_faq_when_confident() {
        try (Visitor visitor = visitor()) {
            JsonNode answer = visitor.ask("How do I change my PIN?");

            assertThat(answer.path("v").asInt()).isEqualTo(1);
            assertThat(answer.path("conversationId").asString()).isEqualTo(visitor.conversationId);
            assertThat(answer.path("payload").path("source").asString()).isEqualTo("faq");
            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");
            assertThat(answer.path("payload").path("text").asString()).contains("PIN services");
            assertThat(answer.path("payload").has("reason")).isFalse();
        }
    }

    @Test
    void offers_a_choice_when_two_intents_are_close_and_answers_the_pick() {
        try (Visitor visitor = visitor()) {
            // a short "where is my card" sits so far between the intents that the out-of-scope check, calibrated out of
            // fold, sends it to a person
            JsonNode choice = visitor.ask("my card hasn't arrived, maybe someone stole it");

            assertThat(choice.path("payload").path("route").asString()).isEqualTo("choice");
            assertThat(choice.path("payload").path("quickReplies").valueStream().map(JsonNode::asString))
                    .contains("When will my card arrive?", "I lost my card or it was stolen");

            JsonNode answer = visitor.pick("When will my card arrive?");
            assertThat(answer.path("payload").path("route").asString()).isEqualTo("faq");
            assertThat(answer.path("payload").path("text").asString()).contains("3 to 5 working days");
        }
    }

    @Test
    void hands_off_to_a_person_when_unsure_and_no_llm_is_configured_and_takes_a_message() {
        try (Visitor visitor = visitor()) {
            JsonNode handoff = visitor.ask("can I have a joint account with my wife");

            assertThat(handoff.path("payload").path("route").asString()).isEqualTo("human");
            assertThat(handoff.path("payload").path("source").asString()).isEqualTo("system");
            JsonNode status = visitor.socket.next("handoff.status");
            assertThat(status.path("payload").path("status").asString()).isEqualTo("no_agent_online");
            assertThat(status.path("payload").path("leaveMessage").asBoolean()).isTrue();

            visitor.socket.send(
                    "leave.message",
                    visitor.conversationId,
                    "left-1",
                    Map.of("text", "Please call me about a joint account", "email", "ann@example.com"));
            assertThat(visitor.socket
                            .next("handoff.status")
                            .path("payload")
                            .path("status")
                            .asString())
                    .isEqualTo("message_left");
        }
    }

    @Test
    void a_resent_message_is_answered_once() {
        try (Visitor visitor = visitor()) {
            visitor.socket.send(
                    "user.message", visitor.conversationId, "same-id", Map.of("text", "How do I change my PIN?"));
            JsonNode first = visitor.answerTo("same-id");
            visitor.socket.send(
                    "user.message", visitor.conversationId, "same-id", Map.of("text", "How do I change my PIN?"));
            JsonNode ack = visitor.socket.next(
                    f -> f.path("type").asString().equals("ack")
                            && f.path("payload").path("duplicate").asBoolean(),
                    "duplicate ack");
            JsonNode replay = visitor.answerTo("same-id");

            assertThat(ack.path("id").asString()).isEqualTo("same-id");
            assertThat(replay.path("id").asString()).isEqualTo(first.path("id").asString());
            Response transcript = get("/api/conversations/" + visitor.conversationId + "/transcript");
            assertThat(transcript.body().path("turns").size()).isEqualTo(2);
        }
    }
}
