package dev.penny.intents.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.learning.AgentAnswer;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.policy.Route;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.understanding.CatalogUnderstanding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suggestions from missed questions, with the real encoder and a classifier trained on the small test catalog. */
class CatalogSuggestionsTest {

    private static final List<String> STUDENTS = List.of(
            "do you offer bank accounts for students?",
            "is there a student bank account?",
            "do you have a bank account for university students?");
    private static final List<String> CRYPTO =
            List.of("can I buy bitcoin with my account?", "can I buy bitcoin in the app?");
    private static final List<String> CARD = List.of("my new card still hasn't arrived", "my new card has not arrived");

    private static OnnxSentenceEncoder encoder;
    private static CatalogUnderstanding live;

    private final Instant start = Instant.parse("2025-03-14T09:00:00Z");
    private final List<MissedQuestion> asked = new ArrayList<>();
    private final CatalogSuggestions suggestions = new CatalogSuggestions(
            encoder,
            new QuestionGrouping(QuestionGrouping.DEFAULT_SIMILARITY),
            CatalogSuggestions.DEFAULT_NEAR_INTENT_CONFIDENCE);

    @BeforeAll
    static void train() {
        encoder = OnnxSentenceEncoder.load(EncoderModel.bgeSmallEnV15Quantized());
        Catalog catalog = new CatalogLoader()
                .load(Path.of("src/test/resources/catalogs/small-bank.yml"))
                .catalog();
        live = CatalogUnderstanding.train(catalog, encoder, TrainingOptions.defaults());
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void groups_similar_questions_largest_first_with_counts() {
        askAll(
                CRYPTO.get(0),
                STUDENTS.get(0),
                CARD.get(0),
                STUDENTS.get(1),
                CRYPTO.get(1),
                STUDENTS.get(2),
                CARD.get(1));

        List<Suggestion> found = suggest(Map.of());

        assertThat(found).extracting(Suggestion::count).containsExactly(3, 2, 2);
        assertThat(texts(found.get(0))).containsExactlyInAnyOrderElementsOf(STUDENTS);
        assertThat(found.get(0).questions().get(0).text()).as("newest first").isEqualTo(STUDENTS.get(2));
        assertThat(found.get(0).representative()).isIn(STUDENTS);
        assertThat(found.subList(1, 3))
                .extracting(CatalogSuggestionsTest::texts)
                .containsExactlyInAnyOrder(List.of(CRYPTO.get(1), CRYPTO.get(0)), List.of(CARD.get(1), CARD.get(0)));
    }

    @Test
    void suggests_new_examples_for_a_group_near_an_intent_and_a_new_intent_otherwise() {
        askAll(STUDENTS.get(0), STUDENTS.get(1), CARD.get(0), CARD.get(1));

        List<Suggestion> found = suggest(Map.of());

        Suggestion card = found.stream()
                .filter(s -> CARD.contains(s.representative()))
                .findFirst()
                .orElseThrow();
        assertThat(card.kind()).isEqualTo(SuggestionKind.NEW_EXAMPLES);
        assertThat(card.nearestIntent().id()).isEqualTo("card_arrival");
        assertThat(card.nearestIntent().title())
                .isEqualTo(
                        live.answers().answerFor("card_arrival").orElseThrow().title());
        assertThat(card.nearestIntent().confidence()).isGreaterThanOrEqualTo(0.5);
        Suggestion students = found.stream()
                .filter(s -> STUDENTS.contains(s.representative()))
                .findFirst()
                .orElseThrow();
        assertThat(students.kind()).isEqualTo(SuggestionKind.NEW_INTENT);
    }

    @Test
    void offers_what_agents_replied_in_the_groups_conversations_once_each() {
        askAll(STUDENTS.get(0), STUDENTS.get(1), CRYPTO.get(0));
        ConversationId first = asked.get(0).conversationId();
        ConversationId second = asked.get(1).conversationId();
        ConversationId crypto = asked.get(2).conversationId();
        String answer = "Yes: the student account is free until you turn 26.";
        Map<ConversationId, List<AgentAnswer>> replies = Map.of(
                first, List.of(reply(first, "Hi, I'm Alice.", 10), reply(first, answer, 20)),
                second, List.of(reply(second, answer, 30)),
                crypto, List.of(reply(crypto, "We do not sell crypto.", 40)));

        List<Suggestion> found = suggest(replies);

        assertThat(found.get(0).agentAnswers()).containsExactly("Hi, I'm Alice.", answer);
        assertThat(found.get(1).agentAnswers()).containsExactly("We do not sell crypto.");
    }

    @Test
    void gives_the_same_groups_whatever_order_the_questions_come_in() {
        askAll(
                CRYPTO.get(0),
                STUDENTS.get(0),
                CARD.get(0),
                STUDENTS.get(1),
                CRYPTO.get(1),
                STUDENTS.get(2),
                CARD.get(1));
        List<Suggestion> inOrder = suggest(Map.of());

        Collections.shuffle(asked, new Random(7));

        assertThat(suggest(Map.of())).isEqualTo(inOrder);
    }

    @Test
    void counts_every_ask_but_lists_each_question_once_as_last_asked() {
        askAll(STUDENTS.get(0), STUDENTS.get(1), STUDENTS.get(0).toUpperCase(), " " + STUDENTS.get(0) + " ");

        Suggestion students = suggest(Map.of()).get(0);

        assertThat(students.count()).isEqualTo(4);
        assertThat(students.questions()).containsExactly(asked.get(3), asked.get(1));
    }

    @Test
    void suggests_nothing_without_missed_questions() {
        assertThat(suggest(Map.of())).isEmpty();
    }

    private List<Suggestion> suggest(Map<ConversationId, List<AgentAnswer>> replies) {
        return suggestions.suggest(asked, replies, live.classifier(), live.answers());
    }

    private void askAll(String... texts) {
        for (String text : texts) {
            asked.add(new MissedQuestion(
                    ConversationId.random(),
                    MessageId.random(),
                    text,
                    Route.HUMAN,
                    "unsure, no LLM configured",
                    null,
                    start.plusSeconds(asked.size() * 60L)));
        }
    }

    private AgentAnswer reply(ConversationId id, String text, int seconds) {
        return new AgentAnswer(id, text, start.plusSeconds(3600 + seconds));
    }

    private static List<String> texts(Suggestion suggestion) {
        return suggestion.questions().stream().map(MissedQuestion::text).toList();
    }
}
