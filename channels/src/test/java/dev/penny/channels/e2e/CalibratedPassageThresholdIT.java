package dev.penny.channels.e2e;

import static dev.penny.channels.testing.HelpCenter.JOINT_ACCOUNT_QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.testing.Eventually;
import dev.penny.channels.testing.HelpCenter;
import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.versions.CatalogStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Without a configured {@code min-passage-score}, a version whose articles give enough titles and headings to calibrate
 * on quotes from the calibrated threshold: the editor's try-it shows it and where it came from, and a visitor whose
 * question the default threshold would hand off gets the excerpt, with the calibrated threshold in its reason.
 */
@TestPropertySource(
        properties = {
            "penny.publishing.check-every=200ms",
            // low enough that this small help center's 25 questions reach it with the calibration's margin
            "penny.policy.passage-precision=" + CalibratedPassageThresholdIT.PRECISION,
            "penny.agents[2].username=" + CatalogEditor.USER,
            "penny.agents[2].password-hash=" + CatalogEditor.HASH,
            "penny.agents[2].roles=EDITOR",
        })
class CalibratedPassageThresholdIT extends RunningPenny {

    static final String PRECISION = "0.6";
    static final String ORIGIN = "calibrated for 0.600 precision on 25 questions from the articles";

    @Autowired
    CatalogStore store;

    @Autowired
    ServedCatalog served;

    @BeforeEach
    void publishALargerHelpCenter() {
        synchronized (CalibratedPassageThresholdIT.class) {
            if (!served.catalog().articles().isEmpty()) {
                return;
            }
            int live = store.liveNumber();
            List<Article> articles = new ArrayList<>(List.of(HelpCenter.JOINT_ACCOUNTS, HelpCenter.BRANCHES));
            articles.addAll(MORE_ARTICLES);
            Catalog catalog = store.live().orElseThrow().catalog();
            // the intents' answers as articles too, titled as their intents
            catalog.intents()
                    .forEach(i -> articles.add(new Article(
                            "faq-" + i.id().replace('_', '-'),
                            i.title(),
                            "https://help.example.com/faq/" + i.id().replace('_', '-'),
                            i.answer())));
            store.publish(catalog.withArticles(articles), live, "calibration test", OptionalDouble.empty());
            Eventually.within(
                    Duration.ofSeconds(60), () -> assertThat(served.number()).isEqualTo(live + 1));
        }
    }

    @Test
    void try_it_shows_the_threshold_the_articles_calibrated_and_where_it_came_from() {
        JsonNode threshold = tryIt(JOINT_ACCOUNT_QUESTION).path("passageThreshold");

        assertThat(threshold.path("calibrated").asBoolean()).isTrue();
        assertThat(threshold.path("origin").asString()).isEqualTo(ORIGIN);
        assertThat(threshold.path("score").asDouble())
                .isBetween(0.0, 1.0)
                .isNotEqualTo(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);
    }

    @Test
    void a_passage_below_the_default_but_above_the_calibrated_threshold_is_quoted() {
        JsonNode trial = tryIt(JOINT_ACCOUNT_QUESTION);
        double threshold = trial.path("passageThreshold").path("score").asDouble();
        double best = trial.path("passages").get(0).path("score").asDouble();
        // the fixture's point: the joint-accounts passage clears the calibrated threshold but not the default, so the
        // route tells which of the two the policy applied
        assertThat(best)
                .as("best passage score between the calibrated and the default threshold")
                .isGreaterThanOrEqualTo(threshold)
                .isLessThan(PolicySettings.DEFAULT_MIN_PASSAGE_SCORE);

        try (Visitor visitor = visitor()) {
            JsonNode payload = visitor.ask(JOINT_ACCOUNT_QUESTION).path("payload");
            JsonNode bot = get("/api/conversations/" + visitor.conversationId + "/transcript")
                    .body()
                    .path("turns")
                    .get(1);

            assertThat(payload.path("route").asString()).isEqualTo("article");
            assertThat(payload.path("sources").get(0).path("url").asString())
                    .isEqualTo("https://help.example.com/accounts/joint#opening-a-joint-account");
            assertThat(bot.path("reason").asString())
                    .contains(String.format(Locale.ROOT, ">= %.2f (%s)", threshold, ORIGIN));
        }
    }

    private JsonNode tryIt(String text) {
        CatalogEditor editor = new CatalogEditor(port, CatalogEditor.USER, CatalogEditor.PASSWORD);
        return editor.post("/try", Map.of("text", text, "against", "live")).body();
    }

    /** Four articles of two sections each: with the others, 25 titles and headings to calibrate on. */
    private static final List<Article> MORE_ARTICLES = List.of(
            new Article("transfers", "Sending money", "https://help.example.com/transfers", """
                    ## Sending money abroad

                    International transfers reach most countries in one to two working days. The fee is shown \
                    before you confirm, and the exchange rate is the one we use for card payments.

                    ## Cancelling a transfer

                    A transfer can be cancelled while it is still pending: open it in the activity list and tap \
                    Cancel. Once it has been sent it cannot be recalled.
                    """),
            new Article("savings", "Savings vaults", "https://help.example.com/savings", """
                    ## Opening a savings vault

                    Create a vault from the Savings tab, name it, and move money into it whenever you like. Vaults \
                    earn interest every day and pay it out monthly.

                    ## Interest rates

                    The interest rate depends on your plan and is shown on each vault. Rates can change; we email \
                    you a month before they do.
                    """),
            new Article("security", "Keeping your account safe", "https://help.example.com/security", """
                    ## Two-factor authentication

                    Turn on two-factor authentication in Settings, Security. Each new device then needs a code from \
                    your phone before it can sign in.

                    ## Suspicious messages

                    We never ask for your password or card PIN by email, text or phone. Forward any message that does \
                    to our fraud team and delete it.
                    """),
            new Article("statements", "Statements and documents", "https://help.example.com/statements", """
                    ## Downloading a statement

                    Monthly statements are in the Documents tab as PDF files, for every month since you opened the \
                    account.

                    ## Proof of address

                    A bank letter confirming your address can be requested from Documents; it arrives by email \
                    within a working day.
                    """));
}
