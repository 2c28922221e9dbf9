package dev.penny.intents.knowledge;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML sanitised to Markdown text: headings become {@code #} lines, blocks become paragraphs, links become {@code
 * [label](href)}; scripts, styles, forms and every attribute but a link's target are dropped. Checked for size, tag
 * count and nesting before jsoup parses it, since a parser's work grows with both.
 */
final class HtmlArticles {

    // A tag ends before the next <, so a scan from one < stops there and the search stays linear on a page full of
    // unclosed tags.
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
    private static final Set<String> DROPPED =
            Set.of("script", "style", "noscript", "template", "iframe", "object", "form", "svg", "nav", "head");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "tr",
            "section",
            "article",
            "blockquote",
            "pre",
            "dd",
            "dt",
            "table",
            "ul",
            "ol",
            "main",
            "header",
            "footer",
            "aside",
            "figure",
            "figcaption",
            "br",
            "hr");

    private HtmlArticles() {}

    /** The page's title ({@code <title>} or first {@code <h1>}) and its text as Markdown. */
    static String[] read(String id, String html, ArticleLimits limits) {
        checkShape(id, html, limits);
        Document page = Jsoup.parse(html);
        String title = page.title().strip();
        Element h1 = page.selectFirst("h1");
        if (title.isEmpty() && h1 != null) {
            title = h1.text().strip();
        }
        StringBuilder markdown = new StringBuilder();
        write(page.body(), markdown);
        return new String[] {
            title, markdown.toString().replaceAll("\\n{3,}", "\n\n").strip()
        };
    }

    private static void checkShape(String id, String html, ArticleLimits limits) {
        Matcher m = TAG.matcher(html);
        int tags = 0;
        int depth = 0;
        while (m.find()) {
            if (++tags > limits.maxHtmlTags()) {
                throw tooLarge(id, "more than " + limits.maxHtmlTags() + " HTML tags");
            }
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth > limits.maxHtmlDepth()) {
                throw tooLarge(id, "HTML nested more than " + limits.maxHtmlDepth() + " tags deep");
            }
            depth = Math.max(depth, 0);
        }
    }

    private static void write(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text().replaceAll("\\s+", " "));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (DROPPED.contains(tag)) {
                    continue;
                }
                if (tag.matches("h[1-6]")) {
                    out.append("\n\n")
                            .append("#".repeat(tag.charAt(1) - '0'))
                            .append(' ')
                            .append(e.text().strip())
                            .append("\n\n");
                } else if (tag.equals("a") && !e.attr("href").isBlank()) {
                    out.append('[')
                            .append(e.text().strip())
                            .append("](")
                            .append(e.attr("href").strip())
                            .append(')');
                } else if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                    write(e, out);
                    out.append("\n\n");
                } else {
                    write(e, out);
                }
            }
        }
    }

    private static ArticleException tooLarge(String id, String what) {
        return new ArticleException(ArticleException.Code.ARTICLE_TOO_LARGE, "article " + id + " has " + what);
    }
}
