package dev.penny.intents.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.intents.catalog.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentRulesTest {

    private final IntentRules rules = new IntentRules();

    private final List<Intent> draft = List.of(
            intent("card_arrival", List.of("where is my card", "card not arrived"), "Soon."),
            intent("pin_reset", List.of("reset my pin", "forgot pin"), "In the app."));

    private static Intent intent(String id, List<String> examples, String answer) {
        return intent(id, examples, answer, List.of());
    }

    private static Intent intent(String id, List<String> examples, String answer, List<String> followUps) {
        return new Intent(id, null, examples, answer, List.of(), followUps, List.of(), "en");
    }

    private List<String> problems(Intent candidate, String originalId) {
        return rules.check(candidate, originalId, draft).stream()
                .map(FieldProblem::toString)
                .toList();
    }

    @Test
    void accepts_a_sound_new_intent() {
        Intent lost = intent("lost_card", List.of("I lost my card", "card stolen"), "Freeze it.", List.of("pin_reset"));

        assertThat(rules.check(lost, null, draft)).isEmpty();
    }

    @Test
    void accepts_an_edit_that_keeps_the_intents_own_examples_and_id() {
        Intent edited = intent("card_arrival", List.of("where is my card", "card not arrived", "new"), "Later.");

        assertThat(rules.check(edited, "card_arrival", draft)).isEmpty();
    }

    @Test
    void names_the_field_and_the_intent() {
        assertThat(rules.check(intent("lost_card", List.of("a", "b"), ""), null, draft))
                .containsExactly(new FieldProblem("answer", "lost_card", "answer is empty"));
    }

    @Test
    void refuses_an_empty_id() {
        assertThat(problems(intent("", List.of("a", "b"), "A."), null)).containsExactly("id: id is missing");
    }

    @Test
    void refuses_an_id_with_other_characters() {
        assertThat(problems(intent("Lost Card", List.of("a", "b"), "A."), null))
                .containsExactly("id: id 'Lost Card' may only use a-z, 0-9, '_', '.' and '-'");
    }

    @Test
    void refuses_to_create_an_id_the_draft_has() {
        assertThat(problems(intent("pin_reset", List.of("a", "b"), "A."), null))
                .containsExactly("id: id pin_reset is used twice (first at position 2 of the draft)");
    }

    @Test
    void refuses_to_rename_onto_an_id_the_draft_has() {
        assertThat(problems(intent("pin_reset", List.of("where is my card", "card not arrived"), "A."), "card_arrival"))
                .containsExactly("id: id pin_reset is used twice (first at position 1 of the draft)");
    }

    @Test
    void refuses_a_broken_link_in_the_answer() {
        assertThat(problems(intent("lost_card", List.of("a", "b"), "Call [us](javascript:alert(1)) or [x]()"), null))
                .containsExactly(
                        "answer: answer links to 'javascript:alert(1)'; only http(s) links are allowed",
                        "answer: answer has a link without a target");
    }

    @Test
    void refuses_too_few_examples() {
        assertThat(problems(intent("lost_card", List.of("I lost my card"), "A."), null))
                .containsExactly("examples: has 1 example; the classifier needs at least 2");
        assertThat(new IntentRules(5).check(intent("lost_card", List.of("a", "b"), "A."), null, draft))
                .extracting(FieldProblem::message)
                .containsExactly("has 2 examples; the classifier needs at least 5");
    }

    @Test
    void refuses_a_blank_example() {
        assertThat(problems(intent("lost_card", List.of("a", "  ", "b"), "A."), null))
                .containsExactly("examples[1]: example 2 is empty");
    }

    @Test
    void refuses_an_example_typed_twice() {
        assertThat(problems(intent("lost_card", List.of("lost card", "stolen", "Lost  CARD"), "A."), null))
                .containsExactly("examples[2]: example 'Lost  CARD' is listed twice (first at examples[0])");
    }

    @Test
    void refuses_an_example_another_intent_claims_and_names_it() {
        assertThat(problems(intent("lost_card", List.of("lost card", "Forgot   PIN"), "A."), null))
                .containsExactly("examples[1]: example 'Forgot   PIN' is also listed under pin_reset (examples[1])");
    }

    @Test
    void refuses_follow_ups_naming_no_intent() {
        Intent lost = intent("lost_card", List.of("a", "b"), "A.", List.of("pin_reset", "freeze_card", "lost_card"));

        assertThat(problems(lost, null)).containsExactly("followUps[1]: follow_ups names unknown intent 'freeze_card'");
    }

    @Test
    void a_renamed_intent_no_longer_holds_its_old_id() {
        Intent renamed = intent("card_delivery", List.of("where is my card", "b"), "A.", List.of("card_arrival"));

        assertThat(problems(renamed, "card_arrival"))
                .containsExactly("followUps[0]: follow_ups names unknown intent 'card_arrival'");
    }

    @Test
    void ignores_problems_the_draft_had_before_this_edit() {
        List<Intent> broken = List.of(
                intent("a", List.of("same", "x"), ""), intent("b", List.of("same", "y"), "B.", List.of("nowhere")));

        assertThat(rules.check(intent("c", List.of("p", "q"), "C."), null, broken))
                .isEmpty();
    }

    @Test
    void lets_a_todo_answer_through() {
        assertThat(problems(intent("lost_card", List.of("a", "b"), "TODO: write it"), null))
                .isEmpty();
    }

    @Test
    void reports_every_problem_at_once() {
        Intent bad = intent("Bad!", List.of("forgot pin"), "", List.of("nowhere"));

        assertThat(rules.check(bad, null, draft))
                .extracting(FieldProblem::field)
                .containsExactly("id", "answer", "examples", "examples[0]", "followUps[0]");
    }
}
