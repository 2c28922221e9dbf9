package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.policy.PolicySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A product owner in the FAQ editor, in headless Chromium: adds an intent, tries a phrase, reads the report, publishes,
 * and a visitor in the widget on a host page gets the new answer without a restart. Two owners editing one intent see
 * the conflict. This class publishes, so it has an application of its own (its extra account makes Spring's test
 * context differ from the other browser tests'), and the others keep the catalog they expect.
 */
class EditorBrowserIT extends PennyInBrowser {

    static final String OWNER = "olga";
    static final String OWNER_PASSWORD = "olga-browser-password";

    private static final String ANSWER = "Our branches are open Monday to Friday from 9:00 to 17:00 and on Saturday"
            + " from 9:00 to 13:00. Find yours on [the branch map](https://bank.example/branches).";

    private static final List<String> EXAMPLES = List.of(
            "What are your opening hours?",
            "When are your branches open?",
            "What time does the branch open?",
            "Are you open on Saturdays?",
            "What time do you close today?",
            "Is the branch open on Sunday?",
            "Until when is my local branch open?",
            "branch opening times",
            "When can I visit a branch?");

    private static final String PHRASE = "At what time does the branch open on Saturday morning?";

    @DynamicPropertySource
    static void owner(DynamicPropertyRegistry registry) {
        agentsAnd(registry, OWNER, "EDITOR", OWNER_PASSWORD);
    }

    EditorPage owner() {
        return EditorPage.signIn(remember(Chromium.desktop()), port, OWNER, OWNER_PASSWORD);
    }

    @Test
    void an_owner_adds_an_intent_tries_it_publishes_and_a_visitor_then_gets_the_new_answer() {
        EditorPage owner = owner();
        Chromium.screenshot(owner.driver, "editor-start");

        owner.newIntent();
        owner.type("f-id", "branch_hours");
        owner.type("f-title", "When are your branches open?");
        owner.examples(EXAMPLES.subList(0, EXAMPLES.size() - 1));
        owner.addExample(EXAMPLES.get(EXAMPLES.size() - 1));
        owner.click("f-reply-add");
        owner.driver.switchTo().activeElement().sendKeys("Find a branch");
        owner.type("f-tags", "branches, opening hours");

        // Saved without an answer: the server's problem shows next to the answer field, which is marked invalid.
        owner.save();
        WebElement problem = owner.problemAfter("f-answer");
        assertThat(problem.getText()).containsIgnoringCase("answer");
        assertThat(owner.byId("f-answer").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(owner.byId("form-problems").getText()).contains("Answer:");
        Chromium.screenshot(owner.driver, "editor-validation");

        owner.type("f-answer", ANSWER);
        assertThat(owner.driver.findElements(
                        By.cssSelector("#f-answer-preview a[href='https://bank.example/branches']")))
                .as("the preview shows the Markdown link as a link")
                .hasSize(1);
        owner.save();
        owner.awaitStatus("Created branch_hours");
        owner.until(d -> !d.findElements(owner.listItem("branch_hours")).isEmpty());
        assertThat(owner.byId("f-id").getDomProperty("value")).isEqualTo("branch_hours");
        assertThat(owner.byId("form-revision").getText()).isEqualTo("revision 1");
        assertThat(owner.driver.findElements(By.cssSelector("#f-examples .row-input")))
                .hasSize(EXAMPLES.size());
        Chromium.screenshot(owner.driver, "editor-intent");

        // The draft knows the new intent; the live version does not yet.
        WebElement draft = owner.tryPhrase(PHRASE, "draft");
        assertThat(owner.topIntent()).isEqualTo("branch_hours");
        assertThat(draft.getText()).contains("FAQ", "Monday to Friday");
        Chromium.screenshot(owner.driver, "editor-try");
        owner.tryPhrase(PHRASE, "live");
        assertThat(owner.triedIntents()).doesNotContain("branch_hours");

        owner.tab("publish");
        // What publishing changes: the new intent, compared with the live version.
        owner.until(d -> owner.byId("publish-changes").getText().contains("1 added: branch_hours"));
        Chromium.screenshot(owner.driver, "editor-publish");
        owner.publish();
        WebElement newest = owner.until(d -> d.findElements(By.cssSelector("#versions .version")).stream()
                .findFirst()
                .filter(v -> v.getText().contains("live"))
                .orElse(null));
        assertThat(newest.getText()).contains("branch_hours", "by " + OWNER);
        Chromium.screenshot(owner.driver, "editor-published");

        // A visitor on somebody's shop page gets the new answer from the running application.
        WidgetOnPage visitor = visitorOn("").open();
        visitor.ask(PHRASE);
        WebElement reply = visitor.awaitReply("Monday to Friday");
        assertThat(reply.findElement(By.cssSelector(".who")).getText()).isEqualToIgnoringCase("Bot · FAQ");
        assertThat(reply.findElements(By.cssSelector("a[href='https://bank.example/branches']")))
                .hasSize(1);

        // Rolling back to the first version publishes it again: the live version no longer knows the intent.
        owner.tab("publish");
        owner.until(d -> d.findElements(By.cssSelector("#versions .version[data-version='1']")).stream()
                .findFirst()
                .orElse(null));
        owner.clickSteady(() -> owner.driver
                .findElement(By.cssSelector("#versions .version[data-version='1']"))
                .findElement(By.xpath(".//button[text()='Roll back to this version']")));
        owner.until(d -> owner.byId("ask").isDisplayed());
        assertThat(owner.byId("ask-text").getText()).contains("version 1");
        owner.click("ask-yes");
        owner.awaitStatus("Rolled back");
        owner.tryPhrase(PHRASE, "live");
        assertThat(owner.byId("try-result").getText()).contains("version 3");
        assertThat(owner.triedIntents()).doesNotContain("branch_hours");
        assertThat(owner.contentPolicyViolations()).asList().isEmpty();
    }

    @Test
    void the_owner_reads_the_quality_and_cost_report_and_saves_a_threshold() {
        EditorPage owner = owner();
        owner.runReport();
        assertThat(owner.byId("report").getText()).contains("accuracy", "How much to automate");
        // the catalog has no articles to calibrate on, and no threshold is configured
        assertThat(owner.byId("report-passage-threshold").getText())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "Without an LLM, an article passage is quoted from a score of %.2f (default).",
                        PolicySettings.DEFAULT_MIN_PASSAGE_SCORE));
        assertThat(owner.driver.findElements(By.cssSelector("#curve-chart circle.dot")))
                .isNotEmpty();
        List<WebElement> rows = owner.driver.findElements(By.cssSelector("#threshold-form tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getText()).contains("%", "$");
        Chromium.screenshot(owner.driver, "editor-report");
        owner.js("document.querySelectorAll('#report details').forEach(d => d.open = true);"
                + " document.getElementById('confused-title').scrollIntoView()");
        Chromium.screenshot(owner.driver, "editor-report-confused");

        // Picking a point on the chart picks its row; saving stores it as the draft's threshold.
        // Thresholds with nearly the same figures lie on top of each other: take a dot nobody covers, as a person
        // would.
        WebElement point = (WebElement) owner.js("const chart = document.getElementById('curve-chart');"
                + " chart.scrollIntoView({block: 'center'});"
                + " return [...chart.querySelectorAll('circle.dot')].find(c => {"
                + "   const t = Number(c.dataset.threshold), r = c.getBoundingClientRect();"
                + "   return t > 0 && t < 0.9"
                + "     && document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === c; });");
        assertThat(point).as("a dot that can be clicked").isNotNull();
        String threshold = point.getDomAttribute("data-threshold");
        point.click();
        assertThat(owner.driver
                        .findElement(By.cssSelector("input[name=threshold]:checked"))
                        .getDomProperty("value"))
                .isEqualTo(threshold);
        owner.click("threshold-save");
        owner.awaitStatus("Saved threshold");
        owner.js("document.getElementById('threshold-form').scrollIntoView()");
        Chromium.screenshot(owner.driver, "editor-threshold");
        owner.until(d -> draftOverview().contains("\"minAnswerConfidence\":" + threshold));

        // And back to the calibrated default, which the other tests publish with.
        owner.click(owner.driver.findElement(By.cssSelector("input[name=threshold][value=default]")));
        owner.click("threshold-save");
        owner.awaitStatus("calibrated default");
        owner.until(d -> draftOverview().contains("\"minAnswerConfidence\":null"));
        assertThat(owner.contentPolicyViolations()).asList().isEmpty();
    }

    @Test
    void two_owners_editing_one_intent_see_the_conflict_and_overwrite_only_deliberately() {
        EditorPage first = owner();
        EditorPage second = owner();
        first.open("age_limit");
        second.open("age_limit");

        String theirAnswer = "You need to be 18 or older to open an account (changed by the second owner).";
        second.type("f-answer", theirAnswer);
        second.save();
        second.awaitStatus("Saved age_limit");

        String myExample = "Is there a minimum age to open an account with you?";
        first.addExample(myExample);
        first.save();
        WebElement conflict = first.until(d -> first.byId("conflict").isDisplayed() ? first.byId("conflict") : null);
        assertThat(conflict.getText()).contains("Someone else saved this intent", "changed by the second owner");
        assertThat(first.status()).doesNotContain("Saved");
        Chromium.screenshot(first.driver, "editor-conflict");

        first.click("conflict-overwrite");
        first.awaitStatus("Saved age_limit");
        assertThat(first.byId("form-revision").getText()).isEqualTo("revision 3");

        // The server has the first owner's form, deliberately saved over the second's.
        String intent = api("/api/catalog/draft/intents/age_limit");
        assertThat(intent).contains(myExample).doesNotContain("changed by the second owner");
    }

    @Test
    void an_owner_renames_and_then_deletes_an_intent() {
        EditorPage owner = owner();
        owner.newIntent();
        owner.type("f-id", "gift_vouchers");
        owner.examples(List.of("Do you sell gift vouchers?", "Can I buy a gift card from the bank?"));
        owner.type("f-answer", "We do not sell gift vouchers.");
        owner.save();
        owner.awaitStatus("Created gift_vouchers");

        owner.type("f-id", "gift_cards");
        owner.save();
        owner.awaitStatus("Saved gift_cards");
        owner.until(d -> !d.findElements(owner.listItem("gift_cards")).isEmpty());
        assertThat(owner.driver.findElements(owner.listItem("gift_vouchers"))).isEmpty();
        // The title was left empty, so the server gave it one from the first id; a rename keeps it.
        assertThat(owner.byId("f-title").getDomProperty("value")).isEqualTo("Gift vouchers");

        owner.click("f-delete");
        owner.until(d -> owner.byId("ask").isDisplayed());
        owner.click("ask-yes");
        owner.awaitStatus("Deleted gift_cards");
        owner.until(d -> d.findElements(owner.listItem("gift_cards")).isEmpty());
        assertThat(status("/api/catalog/draft/intents/gift_cards")).isEqualTo(404);
    }

    @Test
    void an_import_with_problems_lists_them_by_line_and_changes_nothing() throws IOException {
        EditorPage owner = owner();
        String before = api("/api/catalog/draft/export");
        Path file = Files.createTempFile("catalog", ".yml");
        Files.writeString(
                file, "locale: en\nintents:\n  - id: Bad Id\n    examples: [\"one\", \"two\"]\n    answer: \"\"\n");

        owner.tab("files");
        owner.byId("import-file").sendKeys(file.toAbsolutePath().toString());
        owner.click(owner.driver.findElement(By.cssSelector("#import-form button[type=submit]")));
        owner.until(d -> owner.byId("ask").isDisplayed());
        owner.click("ask-yes");
        WebElement result =
                owner.until(d -> owner.byId("import-result").isDisplayed() ? owner.byId("import-result") : null);
        assertThat(result.getText()).contains("Nothing was imported", "line 3", "line 5");
        Chromium.screenshot(owner.driver, "editor-import-problems");
        assertThat(api("/api/catalog/draft/export")).isEqualTo(before);
    }

    @Test
    void answers_are_previewed_as_text_and_never_run_as_markup() {
        EditorPage owner = owner();
        owner.open("formatting_sample");

        WebElement preview = owner.byId("f-answer-preview");
        assertThat(preview.getText()).contains("<img src=x onerror=");
        assertThat(preview.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(preview.findElements(By.cssSelector("a[href^='javascript' i]")))
                .isEmpty();
        assertThat(preview.findElements(By.cssSelector("a[href='https://bank.example/docs']")))
                .hasSize(1);
        assertThat(owner.js("return window.pennyPwned === undefined")).isEqualTo(true);
    }

    @Test
    void the_editor_needs_a_sign_in_and_keeps_its_strict_content_policy() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));

        // An agent without the editor role is turned away from the editor's page.
        var agent = remember(Chromium.desktop());
        AgentConsole.signIn(agent, port, AGENT, AGENT_PASSWORD);
        agent.get("http://localhost:" + port + "/editor/");
        assertThat(agent.findElements(By.id("intent-list"))).isEmpty();
    }

    @Test
    void an_owner_turns_questions_an_agent_answered_into_a_new_intent_from_the_suggestions_panel() {
        List<String> questions = List.of(
                "Can I buy bitcoin with my account?",
                "Can I buy bitcoin in the app?",
                "can I buy bitcoin through you?");
        String agentReply = "We do not sell crypto, but you can send money to an exchange.";
        AgentConsole agent = agent();

        // Three visitors ask what the catalog does not cover; with no LLM configured, each is handed to a person.
        List<String> conversations = new ArrayList<>();
        for (String question : questions) {
            WidgetOnPage visitor = visitorOn("").open();
            visitor.ask(question);
            visitor.awaitBanner("Waiting for an agent");
            conversations.add(visitor.conversationId());
            agent.awaitWaiting(visitor.conversationId());
        }
        // The agent answers the first and hands it back to the bot.
        agent.claim(conversations.get(0));
        agent.replyBox().sendKeys(agentReply);
        agent.send();
        agent.awaitTurn(agentReply);
        agent.handBack();

        EditorPage owner = owner();
        // the list is drawn anew whenever a refresh the panel asked for comes back, so the group is read in one go
        List<String> group = owner.steady(() -> {
            WebElement shown = owner.suggestionWith(questions);
            owner.js("arguments[0].scrollIntoView()", shown);
            return List.of(shown.getText(), shown.getDomAttribute("data-kind"));
        });
        assertThat(group.get(0))
                .contains("asked 3 times", agentReply, "not close to any intent")
                .doesNotContain("closest intent");
        assertThat(group.get(1)).isEqualTo("new_intent");
        Chromium.screenshot(owner.driver, "editor-suggestions");

        // Its one action opens a new intent filled in from the group: the questions, the agent's answer.
        owner.clickSteady(() -> owner.suggestionWith(questions)
                .findElement(By.xpath(".//button[text()='Create a new intent from these']")));
        owner.until(d -> owner.byId("intent-form").isDisplayed());
        assertThat(owner.byId("form-revision").getText()).isEqualTo("not saved yet");
        String id = owner.byId("f-id").getDomProperty("value");
        assertThat(id).isEqualTo("buy_bitcoin_account");
        assertThat(owner.driver.findElements(By.cssSelector("#f-examples .row-input")).stream()
                        .map(row -> row.getDomProperty("value")))
                .containsExactlyInAnyOrderElementsOf(questions);
        assertThat(owner.byId("f-answer").getDomProperty("value")).isEqualTo(agentReply);
        Chromium.screenshot(owner.driver, "editor-suggestion-intent");
        owner.save();
        owner.awaitStatus("Created " + id);

        // The draft has it, as the server sees it; then it goes again, so the other tests keep the draft they expect.
        String saved = api("/api/catalog/draft/intents/" + id);
        assertThat(saved).contains(agentReply);
        questions.forEach(question -> assertThat(saved).contains(question));
        owner.click("f-delete");
        owner.until(d -> owner.byId("ask").isDisplayed());
        owner.click("ask-yes");
        owner.awaitStatus("Deleted " + id);
        assertThat(status("/api/catalog/draft/intents/" + id)).isEqualTo(404);
        assertThat(owner.contentPolicyViolations()).asList().isEmpty();
    }

    @Test
    void without_an_llm_a_thin_intent_offers_no_suggested_examples() {
        EditorPage owner = owner();
        owner.open("card_arrival");

        assertThat(owner.byId("proposals").isDisplayed()).isFalse();
        assertThat(api("/api/catalog")).contains("\"suggestExamples\":false");
    }

    /** The draft's part of {@code GET /api/catalog} (the live version's comes first). */
    private String draftOverview() {
        String overview = api("/api/catalog");
        return overview.substring(overview.indexOf("\"draft\":"));
    }

    /** A GET of the catalog API as the owner, over HTTP Basic, to check what the server has. */
    private String api(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private int status(String path) {
        return get(path).statusCode();
    }

    private HttpResponse<String> get(String path) {
        String basic =
                Base64.getEncoder().encodeToString((OWNER + ":" + OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Basic " + basic)
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
