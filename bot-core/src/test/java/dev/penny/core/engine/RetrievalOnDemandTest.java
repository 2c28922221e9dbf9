package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Source;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.IntentClassifier;
import dev.penny.core.understanding.IntentPrediction;
import dev.penny.core.understanding.QuestionVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine ranks the FAQ only for messages whose decision depends on it, with what the batch computed. */
class RetrievalOnDemandTest {

    private final SupportDesk desk = new SupportDesk();

    private static SupportDesk deskKnowing(SupportDesk desk) {
        desk.classifier.knows("when does my card come", "card_arrival", 0.92, "card_delivery", 0.05);
        desk.classifier.knows("card thing", "card_payment", 0.50);
        desk.retriever.matches(CARD_PAYMENT, 0.80);
        return desk;
    }

    @Test
    void a_confident_faq_answer_ranks_nothing() {
        deskKnowing(desk);

        Reply reply = desk.visitorSays(ConversationId.random(), "when does my card come");

        assertThat(reply.botTurns().get(0).source()).isEqualTo(Source.FAQ);
        assertThat(desk.retriever.asked()).isEmpty();
    }

    @Test
    void an_unsure_message_is_ranked_once_for_the_decision_and_the_prompt() {
        deskKnowing(desk);

        Reply reply = desk.visitorSays(ConversationId.random(), "card thing");

        assertThat(reply.botTurns().get(0).source()).isEqualTo(Source.LLM);
        assertThat(desk.llm.questions())
                .singleElement()
                .satisfies(q -> assertThat(q.faq())
                        .extracting(m -> m.entry().intentId())
                        .containsExactly("card_payment"));
        assertThat(desk.retriever.asked()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("card thing");
            assertThat(q.prediction().top().orElseThrow().intentId()).isEqualTo("card_payment");
        });
    }

    @Test
    void without_an_llm_an_unsure_message_goes_to_a_person_unranked() {
        SupportDesk noLlm =
                deskKnowing(new SupportDesk(PolicySettings.defaults().withLlmConfigured(false)));

        Reply reply = noLlm.visitorSays(ConversationId.random(), "card thing");

        assertThat(reply.forwardToAgent()).isTrue();
        assertThat(noLlm.retriever.asked()).isEmpty();
    }

    @Test
    void the_retriever_gets_each_message_with_the_vector_its_batch_computed() {
        deskKnowing(desk);
        IntentClassifier withVectors = new IntentClassifier() {
            @Override
            public IntentPrediction classify(String text) {
                return desk.classifier.classify(text);
            }

            @Override
            public List<ClassifiedQuestion> classifyQuestions(List<String> texts) {
                List<IntentPrediction> predictions = desk.classifier.classifyAll(texts);
                List<ClassifiedQuestion> out = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    QuestionVector vector = new QuestionVector("fake-encoder", new float[] {i, 1f});
                    out.add(new ClassifiedQuestion(texts.get(i), predictions.get(i), Optional.of(vector)));
                }
                return out;
            }
        };
        SupportEngine engine = new SupportEngine(
                new LiveFaq(new FaqVersion(
                        "v1",
                        withVectors,
                        desk.retriever,
                        FaqAnswers.of(List.of(CARD_PAYMENT)),
                        PolicySettings.defaults().withLlmConfigured(true))),
                desk.llm,
                desk.store,
                desk.handoff,
                desk.ledger,
                new EngineSettings(
                        PolicySettings.defaults(),
                        SupportDesk.COSTS,
                        BotPhrases.english(),
                        SupportDesk.ANSWER_DEADLINE),
                desk.clock);

        engine.handleAll(List.of(
                SupportDesk.message(ConversationId.random(), "card thing"),
                SupportDesk.message(ConversationId.random(), "when does my card come"),
                SupportDesk.message(ConversationId.random(), "card thing")));

        assertThat(desk.retriever.asked())
                .extracting(q -> q.vector().orElseThrow().values()[0])
                .containsExactly(0f, 2f);
    }
}
