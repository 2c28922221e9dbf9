package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * An owner in the editor, in headless Chromium, of a Penny whose operator set its limits: a daily LLM budget with room
 * for one call for suggested examples and not two (priced as in {@code EditorLlmSpendingContract}: each call holds
 * the answer cap, a call is charged what the server reported), and a passage threshold of its own. The editor says
 * when the day's budget is spent, and the LLM is not asked; its quality report says which passage threshold the draft
 * quotes from and that it was configured.
 */
@LocalLlm
@TestPropertySource(
        properties = {
            "penny.llm.max-output-tokens=1000",
            "penny.cost.llm-input-per-million-tokens=150000",
            "penny.cost.llm-output-per-million-tokens=600000",
            "penny.cost.estimated-prompt-tokens=800",
            "penny.cost.budget-per-day=1400",
            "penny.policy.min-passage-score=" + EditorLimitsBrowserIT.PASSAGE_SCORE,
        })
class EditorLimitsBrowserIT extends PennyInBrowser {

    static final String OWNER = "otto";
    static final String OWNER_PASSWORD = "otto-browser-password";
    static final String PASSAGE_SCORE = "0.81";

    @Autowired
    LocalOpenAiServer llm;

    @DynamicPropertySource
    static void owner(DynamicPropertyRegistry registry) {
        agentsAnd(registry, OWNER, "EDITOR", OWNER_PASSWORD);
    }

    @Test
    void once_the_days_llm_budget_is_spent_suggested_examples_say_so_without_asking_the_llm() {
        // 4 000 prompt and 1 000 answer tokens: $0.0012 of the $0.0014, less left than the next call holds
        llm.enqueue(LocalOpenAiServer.Reply.answer(
                "1. Is my new card on its way to me?\n2. Has my card been posted already?", 4_000, 1_000));
        EditorPage owner = EditorPage.signIn(remember(Chromium.desktop()), port, OWNER, OWNER_PASSWORD);
        owner.open("card_arrival");
        owner.until(d -> owner.byId("proposals").isDisplayed());

        owner.click("suggest-examples");
        owner.until(
                d -> d.findElements(By.cssSelector("#proposal-list .proposal")).size() == 2);
        owner.click("suggest-examples");

        owner.awaitStatus("budget");
        assertThat(owner.status())
                .isEqualTo("Today's LLM budget is spent; the LLM was not asked."
                        + " Try again tomorrow or raise the budget.");
        assertThat(owner.byId("status").getDomAttribute("data-kind")).isEqualTo("error");
        assertThat(llm.requests()).hasSize(1);
        // what the first call suggested is still there to accept or reject, and the button can be pressed again
        assertThat(owner.driver.findElements(By.cssSelector("#proposal-list .proposal")))
                .hasSize(2);
        assertThat(owner.byId("suggest-examples").isEnabled()).isTrue();
        assertThat(owner.contentPolicyViolations()).asList().isEmpty();
    }

    @Test
    void the_quality_report_says_which_passage_threshold_is_quoted_from_and_that_it_was_configured() {
        EditorPage owner = EditorPage.signIn(remember(Chromium.desktop()), port, OWNER, OWNER_PASSWORD);
        owner.runReport();

        assertThat(owner.byId("report-passage-threshold").getText())
                .isEqualTo("Without an LLM, an article passage is quoted from a score of " + PASSAGE_SCORE
                        + " (configured).");
    }
}
