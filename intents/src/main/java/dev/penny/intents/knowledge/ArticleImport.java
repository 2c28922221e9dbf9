package dev.penny.intents.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns uploaded files into {@link Article}s, Markdown ({@code .md}), HTML ({@code .html}, {@code .htm}) or PDF
 * ({@code .pdf}), and checks a whole set of them before it goes into a version. Every refusal is an {@link
 * ArticleException} with a code; nothing is half imported.
 */
public final class ArticleImport {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern FORMAT = Pattern.compile("\\.(md|markdown|txt|html|htm|pdf)$");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^ {0,3}#\\s+(.+?)\\s*#*\\s*$");

    private final ArticleLimits limits;

    public ArticleImport(ArticleLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads one file by its extension.
     *
     * @param id the article's id
     * @param fileName the uploaded file's name, whose extension names the format
     * @param title the title to use; blank to take the document's own (its first heading, {@code <title>}, PDF title)
     * @param url where visitors read the article; may be empty
     * @param content the file's bytes
     */
    public Article read(String id, String fileName, String title, String url, byte[] content) {
        checkFile(id, fileName, content.length);
        String name = fileName.toLowerCase(Locale.ROOT);
        String[] read;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            read = HtmlArticles.read(id, new String(content, StandardCharsets.UTF_8), limits);
        } else if (name.endsWith(".pdf")) {
            read = PdfArticles.read(id, content, limits);
        } else {
            String markdown = new String(content, StandardCharsets.UTF_8);
            read = new String[] {firstHeading(markdown), markdown};
        }
        String chosen = title == null || title.isBlank() ? read[0] : title.strip();
        return check(new Article(id, chosen.isBlank() ? id : chosen, url, read[1]));
    }

    /**
     * What can be checked of a file before its bytes are read: the id, the format by the extension, the size. An
     * upload is checked this way first, so a large one is refused without holding it in memory.
     *
     * @param id the article's id
     * @param fileName the file's name, whose extension names the format
     * @param size the file's size in bytes
     */
    public void checkFile(String id, String fileName, long size) {
        checkId(id);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(name).find()) {
            throw new ArticleException(
                    ArticleException.Code.UNSUPPORTED_FORMAT,
                    "article " + id + ": " + fileName + " is not Markdown (.md), HTML (.html) or PDF (.pdf)");
        }
        if (size > limits.maxBytes()) {
            throw new ArticleException(
                    ArticleException.Code.ARTICLE_TOO_LARGE,
                    "article " + id + " is " + size + " bytes, more than " + limits.maxBytes());
        }
    }

    /** Checks an article made elsewhere (the catalog file, the editor's form) as an import would. */
    public Article check(Article article) {
        checkId(article.id());
        if (article.markdown().length() > limits.maxTextChars()) {
            throw new ArticleException(
                    ArticleException.Code.ARTICLE_TOO_LARGE,
                    "article " + article.id() + " has " + article.markdown().length() + " characters of text, more"
                            + " than " + limits.maxTextChars());
        }
        if (article.markdown().isBlank()) {
            throw new ArticleException(ArticleException.Code.EMPTY_ARTICLE, "article " + article.id() + " has no text");
        }
        ArticleLinks.check(article.id(), article.url(), article.markdown());
        return article;
    }

    /**
     * Checks the articles of one version together: each as {@link #check(Article)}, ids unique, not too many, not too
     * much text together.
     */
    public List<Article> checkAll(List<Article> articles) {
        if (articles.size() > limits.maxArticles()) {
            throw new ArticleException(
                    ArticleException.Code.TOO_MANY_ARTICLES,
                    articles.size() + " articles, more than the " + limits.maxArticles() + " allowed");
        }
        limits.checkTotalChars(
                articles.stream().mapToLong(a -> a.markdown().length()).sum());
        Set<String> ids = new HashSet<>();
        for (Article a : articles) {
            if (!ids.add(a.id())) {
                throw new ArticleException(
                        ArticleException.Code.DUPLICATE_ARTICLE_ID, "two articles have the id " + a.id());
            }
            check(a);
        }
        return List.copyOf(articles);
    }

    /**
     * The id an article read from {@code fileName} gets when none is given: its name without the extension, lower
     * case, every run of other characters than letters, digits, {@code -} and {@code _} as one {@code -}, at most 64.
     * {@code "Returns & Refunds.md"} gives {@code "returns-refunds"}.
     */
    public static String idOf(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        String id = stem.replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|-+$", "");
        return id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
    }

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ArticleException(
                    ArticleException.Code.INVALID_ARTICLE_ID,
                    "article id \"" + id + "\" must be 1 to 64 lower-case letters, digits, - or _");
        }
    }

    private static String firstHeading(String markdown) {
        var m = FIRST_HEADING.matcher(markdown);
        return m.find() ? m.group(1) : "";
    }
}
