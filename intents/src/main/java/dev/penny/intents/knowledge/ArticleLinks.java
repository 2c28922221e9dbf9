package dev.penny.intents.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links an article may hold: {@code http}, {@code https}, {@code mailto}, and paths on the same site. Anything
 * else ({@code javascript:}, {@code data:}, {@code vbscript:}, …) would run or smuggle content when a visitor clicks a
 * citation, so the article is refused rather than silently changed.
 */
final class ArticleLinks {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(\\s*<?([^)>]*)");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private ArticleLinks() {}

    static boolean safe(String url) {
        // browsers ignore control characters and whitespace inside a scheme ("java\tscript:")
        String cleaned = url.replaceAll("[\\p{Cntrl}\\s]", "");
        Matcher scheme = SCHEME.matcher(cleaned);
        if (!scheme.find()) {
            return !cleaned.startsWith("//") || cleaned.length() > 2;
        }
        return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
            case "http", "https", "mailto" -> true;
            default -> false;
        };
    }

    /** Refuses the article's URL or any link in its text that is not {@link #safe(String)}. */
    static void check(String articleId, String url, String markdown) {
        if (!url.isEmpty() && !safe(url)) {
            throw unsafe(articleId, url);
        }
        for (Pattern p : new Pattern[] {MARKDOWN_LINK, AUTOLINK}) {
            Matcher m = p.matcher(markdown);
            while (m.find()) {
                if (!safe(m.group(1))) {
                    throw unsafe(articleId, m.group(1));
                }
            }
        }
    }

    private static ArticleException unsafe(String articleId, String link) {
        String shown = link.length() > 60 ? link.substring(0, 60) + "…" : link;
        return new ArticleException(
                ArticleException.Code.UNSAFE_LINK,
                "article " + articleId + " links to \"" + shown + "\"; only http, https, mailto and site paths are"
                        + " allowed");
    }
}
