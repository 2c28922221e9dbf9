package dev.penny.intents.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.intents.knowledge.ArticleException.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ArticleImportTest {

    private final ArticleImport articles = new ArticleImport(ArticleLimits.defaults());

    @Test
    void imports_markdown_with_its_first_heading_as_title() {
        Article a = articles.read(
                "returns",
                "returns.md",
                "",
                "https://help.example.com/returns",
                bytes("# Returns\n\nSend it back within 30 days.\n\n## Refunds\n\nMoney back in 5 days."));

        assertThat(a.title()).isEqualTo("Returns");
        assertThat(a.markdown()).contains("## Refunds");
    }

    @Test
    void imports_html_as_text_with_headings_and_links_and_nothing_executable() {
        String html = "<html><head><title>Shipping</title><style>p{}</style></head><body>"
                + "<script>alert(1)</script><h2 onclick=\"x()\">Abroad</h2>"
                + "<p>See <a href=\"https://example.com/customs\" style=\"color:red\">customs</a> first.</p>"
                + "<iframe src=\"https://evil.example\"></iframe><div>We ship <b>worldwide</b>.</div></body></html>";

        Article a = articles.read("shipping", "shipping.html", "", "", bytes(html));

        assertThat(a.title()).isEqualTo("Shipping");
        assertThat(a.markdown())
                .contains("## Abroad")
                .contains("See [customs](https://example.com/customs) first.")
                .contains("We ship worldwide.")
                .doesNotContain("alert", "onclick", "style", "evil", "<");
    }

    @Test
    void imports_pdf_text_and_title() throws IOException {
        Article a = articles.read(
                "warranty", "warranty.pdf", "", "/docs/warranty.pdf", pdf("Warranty", "Two years on every phone."));

        assertThat(a.title()).isEqualTo("Warranty");
        assertThat(a.markdown()).contains("Two years on every phone.");
        assertThat(a.url()).isEqualTo("/docs/warranty.pdf");
    }

    @Test
    void refuses_a_broken_pdf() {
        byte[] broken = bytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer garbage");
        refused(
                () -> articles.read("broken", "broken.pdf", "", "", broken),
                Code.UNREADABLE_DOCUMENT,
                "not a readable PDF");
    }

    @Test
    void refuses_an_html_bomb_before_parsing_it() {
        String bomb = "<div>".repeat(50_000) + "x" + "</div>".repeat(50_000);
        refused(
                () -> articles.read("bomb", "bomb.html", "", "", bytes(bomb)),
                Code.ARTICLE_TOO_LARGE,
                "nested more than 200");
        String wide = "<p>x</p>".repeat(60_000);
        refused(
                () -> articles.read("wide", "wide.html", "", "", bytes(wide)),
                Code.ARTICLE_TOO_LARGE,
                "more than 100000 HTML tags");
    }

    @Test
    void refuses_a_50_megabyte_article() {
        byte[] huge = new byte[50 * 1024 * 1024];
        refused(() -> articles.read("huge", "huge.md", "", "", huge), Code.ARTICLE_TOO_LARGE, "52428800 bytes");
    }

    @Test
    void refuses_ten_thousand_articles_and_duplicate_ids() {
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(new Article("a" + i, "A" + i, "", "text"));
        }
        refused(() -> articles.checkAll(many), Code.TOO_MANY_ARTICLES, "10000 articles");
        List<Article> twoLong =
                List.of(new Article("a", "A", "", "x".repeat(400_000)), new Article("b", "B", "", "y".repeat(400_000)));
        refused(
                () -> new ArticleImport(ArticleLimits.defaults().withMaxTotalChars(799_999)).checkAll(twoLong),
                Code.TOO_MUCH_ARTICLE_TEXT,
                "800000 characters");
        assertThat(new ArticleImport(ArticleLimits.defaults().withMaxTotalChars(800_000)).checkAll(twoLong))
                .hasSize(2);
        List<Article> twins = List.of(new Article("faq", "One", "", "x"), new Article("faq", "Two", "", "y"));
        refused(() -> articles.checkAll(twins), Code.DUPLICATE_ARTICLE_ID, "the id faq");
    }

    @Test
    void refuses_javascript_links_however_they_are_written() {
        refused(
                () -> articles.check(new Article("a", "A", "javascript:alert(1)", "x")),
                Code.UNSAFE_LINK,
                "javascript:");
        refused(
                () -> articles.check(new Article("a", "A", "", "[click](javascript:alert(1))")),
                Code.UNSAFE_LINK,
                "javascript:");
        refused(
                () -> articles.check(new Article("a", "A", "", "[click]( JaVa\tScRiPt:alert(1))")),
                Code.UNSAFE_LINK,
                "ScRiPt");
        refused(() -> articles.check(new Article("a", "A", "", "<data:text/html,x>")), Code.UNSAFE_LINK, "data:");
        byte[] html = bytes("<h1>A</h1><p><a href=\"javascript:steal()\">win</a></p>");
        refused(() -> articles.read("a", "a.html", "", "", html), Code.UNSAFE_LINK, "javascript:steal");

        assertThat(articles.check(new Article("ok", "OK", "/help/ok", "[a](https://x.example) [b](/p) [c](#top)")))
                .isNotNull();
    }

    @Test
    void refuses_bad_ids_empty_articles_and_unknown_formats() {
        refused(() -> articles.check(new Article("Bad Id", "A", "", "x")), Code.INVALID_ARTICLE_ID, "Bad Id");
        refused(() -> articles.check(new Article("empty", "A", "", "  \n")), Code.EMPTY_ARTICLE, "no text");
        refused(() -> articles.read("doc", "a.docx", "", "", bytes("x")), Code.UNSUPPORTED_FORMAT, "a.docx");
    }

    private static void refused(ThrowingCallable call, Code code, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((ArticleException) e).code()).isEqualTo(code));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(String title, String line) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_article_without_an_id_is_named_after_its_file() {
        assertThat(ArticleImport.idOf("help/Returns & Refunds.md")).isEqualTo("returns-refunds");
        assertThat(ArticleImport.idOf("C:\\docs\\shipping_abroad.HTML")).isEqualTo("shipping_abroad");
        assertThat(ArticleImport.idOf("x".repeat(80) + ".pdf")).hasSize(64);
        assertThat(ArticleImport.idOf("¿¿¿.md")).isEmpty();
    }
}
