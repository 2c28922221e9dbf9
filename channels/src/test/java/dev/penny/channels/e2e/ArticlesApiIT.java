package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.e2e.CatalogEditor.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The draft's articles over the catalog API (docs/catalog-api.md) on real Redis: uploads of each format, JSON, the
 * refusals with their codes and statuses, and publishing and resetting the draft with articles.
 */
class ArticlesApiIT extends CatalogOnRedis {

    private static final String RETURNS =
            "# Returns\n\nSend it back within 30 days.\n\n## Refunds\n\nMoney back in 5 days.";

    @AfterEach
    void removeArticles() {
        for (JsonNode a : editor.get("/draft/articles").body()) {
            editor.delete("/draft/articles/" + a.path("id").asString());
        }
    }

    @Test
    void uploads_markdown_html_and_pdf_and_lists_them_with_their_passages() throws IOException {
        Reply md = ArticleUpload.post(editor, "Returns.md", RETURNS, Map.of("url", "https://help.example.com/returns"));
        Reply html = ArticleUpload.post(
                editor,
                "shipping.html",
                "<html><head><title>Shipping</title></head><body><h2>Abroad</h2><p>We ship to 30 countries."
                        + "<script>alert(1)</script></p></body></html>",
                Map.of("id", "shipping"));
        Reply pdf = ArticleUpload.send(
                editor, "POST", "/draft/articles", "fees.pdf", pdf("Card fees", "No fee abroad."), Map.of());

        assertThat(md.status()).as(md.text()).isEqualTo(201);
        assertThat(md.body().path("id").asString()).isEqualTo("returns");
        assertThat(md.body().path("passages").asInt()).isEqualTo(2);
        assertThat(html.status()).as(html.text()).isEqualTo(201);
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(201);
        assertThat(pdf.body().path("title").asString()).isEqualTo("Card fees");
        assertThat(editor.get("/draft/articles")
                        .body()
                        .valueStream()
                        .map(a -> a.path("id").asString()))
                .containsExactly("fees", "returns", "shipping");
        JsonNode shipping = editor.get("/draft/articles/shipping").body();
        assertThat(shipping.path("markdown").asString())
                .contains("## Abroad", "30 countries")
                .doesNotContain("alert");
        assertThat(editor.get("").body().path("draft").path("articles").asInt()).isEqualTo(3);
    }

    @Test
    void takes_markdown_as_json_and_replaces_an_article_by_id() {
        Reply created = editor.post(
                "/draft/articles", Map.of("id", "returns", "title", "Returns", "url", "/returns", "markdown", RETURNS));
        Reply replaced = editor.put(
                "/draft/articles/returns",
                Map.of("title", "Returns", "url", "/returns", "markdown", "# Returns\n\n14 days."));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(editor.get("/draft/articles/returns").body().path("markdown").asString())
                .contains("14 days");
    }

    @Test
    void refuses_bad_articles_with_their_codes_and_leaves_the_draft_and_the_live_version_as_they_were()
            throws IOException {
        assertThat(ArticleUpload.post(editor, "returns.md", RETURNS, Map.of()).status())
                .isEqualTo(201);
        int live = live();
        String before = editor.get("/draft/articles").text();

        assertRefused(
                ArticleUpload.post(editor, "returns.md", "# Again\n\ntext", Map.of()), 409, "duplicate_article_id");
        assertRefused(
                ArticleUpload.post(editor, "evil.md", "# Evil\n\n[click](JavaScript:alert(1))", Map.of()),
                400,
                "unsafe_link");
        assertRefused(
                ArticleUpload.post(editor, "evil2.md", "# Evil", Map.of("url", "javascript:alert(1)")),
                400,
                "unsafe_link");
        assertRefused(
                ArticleUpload.send(
                        editor, "POST", "/draft/articles", "broken.pdf", "%PDF-1.7\nnot really".getBytes(), Map.of()),
                400,
                "unreadable_document");
        assertRefused(
                ArticleUpload.post(editor, "bomb.html", "<div>".repeat(5_000) + "boom", Map.of()),
                413,
                "article_too_large");
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertRefused(
                ArticleUpload.send(editor, "POST", "/draft/articles", "huge.md", huge, Map.of()),
                413,
                "article_too_large");
        byte[] eleven = new byte[11 * 1024 * 1024];
        Arrays.fill(eleven, (byte) 'a');
        assertRefused(
                ArticleUpload.send(editor, "POST", "/draft/articles", "eleven.md", eleven, Map.of()),
                413,
                "article_too_large");
        assertRefused(ArticleUpload.post(editor, "notes.docx", "text", Map.of()), 415, "unsupported_format");
        assertRefused(
                ArticleUpload.post(editor, "x.md", "# X\n\ntext", Map.of("id", "Not An Id!")),
                400,
                "invalid_article_id");
        assertRefused(ArticleUpload.post(editor, "empty.md", "  \n", Map.of()), 400, "empty_article");
        assertRefused(editor.delete("/draft/articles/nothing-here"), 404, "unknown_article");
        assertRefused(
                editor.send(editor.request("/draft/articles")
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "--x\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\nreturns\r\n--x--\r\n"))),
                400,
                "bad_payload");

        assertThat(editor.get("/draft/articles").text()).isEqualTo(before);
        assertThat(live()).isEqualTo(live);
    }

    @Test
    void publishing_carries_the_drafts_articles_into_the_version_and_a_reset_brings_them_back() {
        assertThat(ArticleUpload.post(editor, "returns.md", RETURNS, Map.of()).status())
                .isEqualTo(201);
        assertThat(editor.get("/draft/diff")
                        .body()
                        .path("articles")
                        .path("added")
                        .get(0)
                        .asString())
                .isEqualTo("returns");
        assertThat(editor.get("").body().path("draft").path("changedSinceLive").asBoolean())
                .isTrue();

        Reply published = editor.post("/publish", Map.of("expectedLive", live()));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        int withArticle = published.body().path("version").asInt();
        assertThat(editor.get("/draft/diff")
                        .body()
                        .path("articles")
                        .path("added")
                        .isEmpty())
                .isTrue();
        assertThat(editor.get("").body().path("draft").path("changedSinceLive").asBoolean())
                .isFalse();

        assertThat(editor.delete("/draft/articles/returns").status()).isEqualTo(204);
        assertThat(editor.get("/draft/diff")
                        .body()
                        .path("articles")
                        .path("removed")
                        .get(0)
                        .asString())
                .isEqualTo("returns");
        Reply reset = editor.post("/draft/reset", Map.of("version", withArticle));
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        assertThat(editor.get("/draft/articles")
                        .body()
                        .valueStream()
                        .map(a -> a.path("id").asString()))
                .containsExactly("returns");
    }

    @Test
    void importing_a_catalog_file_replaces_the_intents_and_keeps_the_drafts_articles() {
        assertThat(ArticleUpload.post(editor, "returns.md", RETURNS, Map.of()).status())
                .isEqualTo(201);
        String yaml = editor.get("/draft/export").text();

        Reply imported = editor.post("/draft/import", Map.of("yaml", yaml));

        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(editor.get("/draft/articles")
                        .body()
                        .valueStream()
                        .map(a -> a.path("id").asString()))
                .containsExactly("returns");
    }

    @Test
    void without_an_llm_suggested_examples_are_not_offered_and_answer_404() {
        assertThat(editor.get("").body().path("suggestExamples").asBoolean()).isFalse();

        assertRefused(editor.post("/draft/intents/change_pin/suggested-examples", Map.of()), 404, "no_llm");
    }

    private static void assertRefused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.code()).as(reply.text()).isEqualTo(code);
        assertThat(reply.body().path("message").asString()).isNotBlank();
    }

    static byte[] pdf(String title, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
