package dev.penny.core.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaqAnswersTest {

    @Test
    void finds_the_answer_for_an_intent_and_the_first_entry_wins() {
        FaqEntry arrival = new FaqEntry("card_arrival", "Card arrival", "Within 5 days.", List.of());
        FaqEntry duplicate = new FaqEntry("card_arrival", "Card arrival (old)", "Within 7 days.", List.of());

        FaqAnswers answers = FaqAnswers.of(List.of(arrival, duplicate));

        assertThat(answers.answerFor("card_arrival")).contains(arrival);
        assertThat(answers.answerFor("lost_card")).isEmpty();
    }
}
