package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.channels.e2e.CatalogEditor.Reply;
import dev.penny.channels.testing.Eventually;
import dev.penny.core.understanding.PassageMatch;
import dev.penny.intents.retriever.HybridFaqRetriever;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one real Redis: articles uploaded to the draft on node A and published are retrievable on both nodes
 * (each built its passage index, encoding only the new passages), and a rollback to the version before takes them
 * away on both. A refused upload changes nothing either node serves.
 */
class ArticlesOnTwoNodesIT {

    private static final String QUESTION = "how many days until my refund arrives";
    private static final String RETURNS = "# Returns\n\nSend parcels back within 30 days of delivery.\n\n"
            + "## Refunds\n\nYour refund reaches your account five working days after we receive the parcel.";

    private static CatalogNode nodeA;
    private static CatalogNode nodeB;

    @BeforeAll
    static void startTwoNodes() {
        CatalogKeys.clear();
        nodeA = CatalogNode.start(TwoNodesOnRedisIT.redisUrl());
        nodeB = CatalogNode.start(TwoNodesOnRedisIT.redisUrl());
    }

    @AfterAll
    static void stopNodes() {
        for (CatalogNode node : new CatalogNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        CatalogKeys.clear();
    }

    @Test
    void published_articles_are_retrievable_on_both_nodes_and_a_rollback_removes_them_on_both() {
        CatalogEditor editor = nodeA.editor();
        assertThat(passages(nodeA)).isEmpty();
        assertThat(passages(nodeB)).isEmpty();
        Reply uploaded =
                ArticleUpload.post(editor, "returns.md", RETURNS, Map.of("url", "https://help.example.com/returns"));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        Reply refused = ArticleUpload.post(editor, "evil.md", "# Evil\n\n[x](javascript:alert(1))", Map.of());
        assertThat(refused.code()).isEqualTo("unsafe_link");

        Reply published = editor.post("/publish", Map.of("expectedLive", 1));
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        for (CatalogNode node : List.of(nodeA, nodeB)) {
            Eventually.within(
                    Duration.ofSeconds(30),
                    () -> assertThat(served(node).number()).isEqualTo(2));
            List<PassageMatch> found = passages(node);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().articleId()).isEqualTo("returns");
            assertThat(found.get(0).passage().url()).isEqualTo("https://help.example.com/returns#refunds");
            assertThat(retriever(node).passageCount()).isEqualTo(2);
            // only the new article's texts were encoded; the intents' came from the version before
            assertThat(retriever(node).encodedTexts())
                    .as("texts encoded for v2")
                    .isBetween(1, 6);
        }

        Reply rollback = editor.post("/versions/1/rollback", Map.of("expectedLive", 2));
        assertThat(rollback.status()).as(rollback.text()).isEqualTo(200);

        for (CatalogNode node : List.of(nodeA, nodeB)) {
            Eventually.within(
                    Duration.ofSeconds(30),
                    () -> assertThat(served(node).number()).isEqualTo(3));
            assertThat(passages(node)).isEmpty();
            assertThat(served(node).catalog().articles()).isEmpty();
        }
        // the draft keeps the article: a rollback publishes an old version and leaves the draft alone
        assertThat(nodeB.editor()
                        .get("/draft/articles")
                        .body()
                        .get(0)
                        .path("id")
                        .asString())
                .isEqualTo("returns");
    }

    private static ServedCatalog served(CatalogNode node) {
        return node.context.getBean(ServedCatalog.class);
    }

    private static HybridFaqRetriever retriever(CatalogNode node) {
        return (HybridFaqRetriever) served(node).understanding().retriever();
    }

    private static List<PassageMatch> passages(CatalogNode node) {
        return retriever(node).passages(QUESTION, 3);
    }
}
