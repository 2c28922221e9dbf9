package dev.penny.channels.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.llm.LocalLlm;
import dev.penny.channels.llm.LocalOpenAiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An owner in the editor, in headless Chromium, with an LLM (the real langchain4j client against a local
 * OpenAI-compatible server): asks for suggested examples of a thin intent, accepts one and rejects another, and only
 * the accepted one is in the draft; then adds a help-center article from a file, sees a refused one explained, and
 * removes the first.
 */
@LocalLlm
class ArticlesAndSuggestedExamplesBrowserIT extends PennyInBrowser {

    static final String OWNER = "oskar";
    static final String OWNER_PASSWORD = "oskar-browser-password";

    @Autowired
    LocalOpenAiServer llm;

    private static final String ACCEPTED = "Is my new card on its way to me?";
    private static final String REJECTED = "Has my card been posted already?";
    private static final String UNTOUCHED = "When is my card getting here";

    @TempDir
    Path files;

    @DynamicPropertySource
    static void owner(DynamicPropertyRegistry registry) {
        agentsAnd(registry, OWNER, "EDITOR", OWNER_PASSWORD);
    }

    @Test
    void an_owner_accepts_one_suggested_example_and_rejects_another_and_only_the_accepted_one_is_in_the_draft() {
        // numbered, with one of the intent's own examples among them: that one is never proposed
        llm.enqueue(LocalOpenAiServer.Reply.answer(
                "1. " + ACCEPTED + "\n2. " + REJECTED + "\n3. I am still waiting on my card?\n4. " + UNTOUCHED,
                120,
                40));
        EditorPage owner = EditorPage.signIn(remember(Chromium.desktop()), port, OWNER, OWNER_PASSWORD);
        owner.open("card_arrival");
        owner.until(d -> owner.byId("proposals").isDisplayed());

        owner.click("suggest-examples");
        List<String> shown = owner.until(d -> {
            List<String> texts = proposals(owner);
            return texts.size() == 3 ? texts : null;
        });
        assertThat(shown).containsExactly(ACCEPTED, REJECTED, UNTOUCHED);
        assertThat(llm.requests().get(0).body())
                .contains("Can I track my card while it is in the process of delivery?");

        owner.click(proposal(owner, ACCEPTED).findElement(By.cssSelector("[data-action=accept]")));
        owner.awaitStatus("Added");
        owner.until(d -> proposals(owner).size() == 2);
        owner.click(proposal(owner, REJECTED).findElement(By.cssSelector("[data-action=reject]")));
        owner.until(d -> proposals(owner).equals(List.of(UNTOUCHED)));

        String draft = api("/api/catalog/draft/intents/card_arrival");
        assertThat(draft).contains(ACCEPTED).doesNotContain(REJECTED).doesNotContain(UNTOUCHED);
        owner.until(d -> owner.driver.findElements(By.cssSelector("#f-examples .row-input")).stream()
                .anyMatch(row -> ACCEPTED.equals(row.getDomProperty("value"))));

        owner.click("proposal-report");
        owner.until(d -> owner.byId("panel-report").isDisplayed());
        assertThat(owner.contentPolicyViolations()).asList().isEmpty();
    }

    @Test
    void an_owner_adds_an_article_from_a_file_sees_a_refused_one_explained_and_removes_it() throws IOException {
        Path returns = Files.writeString(
                files.resolve("returns.md"), "# Returns\n\nSend it back within 30 days.\n\n## Refunds\n\nIn 5 days.");
        Path evil = Files.writeString(files.resolve("evil.md"), "# Evil\n\n[click me](javascript:alert(1))");
        EditorPage owner = EditorPage.signIn(remember(Chromium.desktop()), port, OWNER, OWNER_PASSWORD);
        owner.tab("articles");

        owner.byId("article-file").sendKeys(returns.toString());
        owner.type("article-url", "https://help.example.com/returns");
        owner.click(owner.driver.findElement(By.cssSelector("#article-form button[type=submit]")));
        WebElement row = owner.until(d -> d.findElements(By.cssSelector("#articles [data-article=returns]")).stream()
                .findFirst()
                .orElse(null));
        assertThat(row.getText()).contains("Returns", "2 passages", "https://help.example.com/returns");
        assertThat(api("/api/catalog/draft/articles")).contains("\"id\":\"returns\"");

        // try-it on the draft shows the article's passages and the score from which one is quoted without an LLM
        WebElement tried = owner.tryPhrase("How many days until my refund arrives?", "draft");
        owner.until(d -> !tried.findElements(By.cssSelector(".try-passages li")).isEmpty());
        assertThat(tried.findElement(By.cssSelector(".try-passages")).getText()).contains("Returns");
        assertThat(owner.byId("try-passage-threshold").getText())
                .as("one article calibrates nothing: the default")
                .startsWith("Quoted without an LLM from 0.93");
        owner.tab("articles");

        owner.byId("article-file").sendKeys(evil.toString());
        owner.click(owner.driver.findElement(By.cssSelector("#article-form button[type=submit]")));
        owner.until(d -> owner.byId("article-result").isDisplayed());
        assertThat(owner.byId("article-result").getText()).contains("link Penny does not allow");
        assertThat(api("/api/catalog/draft/articles")).doesNotContain("evil");

        owner.click(owner.driver.findElement(By.cssSelector("#articles [data-article=returns] .danger")));
        owner.until(d -> owner.byId("ask").isDisplayed());
        owner.click("ask-yes");
        owner.until(d -> d.findElements(By.cssSelector("#articles [data-article=returns]"))
                .isEmpty());
        assertThat(api("/api/catalog/draft/articles")).isEqualTo("[]");
        assertThat(owner.contentPolicyViolations()).asList().isEmpty();
    }

    private static List<String> proposals(EditorPage owner) {
        return owner.driver.findElements(By.cssSelector("#proposal-list .proposal")).stream()
                .map(li -> li.getDomAttribute("data-text"))
                .toList();
    }

    private static WebElement proposal(EditorPage owner, String text) {
        return owner.driver.findElements(By.cssSelector("#proposal-list .proposal")).stream()
                .filter(li -> text.equals(li.getDomAttribute("data-text")))
                .findFirst()
                .orElseThrow();
    }

    /** A GET of the catalog API as the owner, over HTTP Basic, to check what the server has. */
    private String api(String path) {
        String basic =
                Base64.getEncoder().encodeToString((OWNER + ":" + OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Basic " + basic)
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
