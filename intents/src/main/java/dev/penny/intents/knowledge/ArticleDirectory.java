package dev.penny.intents.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles of a directory of help-center files: every Markdown, HTML and PDF file in it and its sub-directories
 * (other files and hidden ones are left out), in path order. An article's id is its path inside the directory without
 * the extension ({@code billing/refunds.md} gives {@code billing-refunds}); its URL, when a base URL is given, is that
 * base followed by the same path ({@code https://help.example.com/billing/refunds}).
 *
 * <p>All or nothing: the first file refused fails the whole read with its code and the file named, and the number of
 * files is checked against the limit before any is read.
 */
public final class ArticleDirectory {

    private final ArticleImport imports;
    private final ArticleLimits limits;

    public ArticleDirectory(ArticleLimits limits) {
        this.limits = limits;
        this.imports = new ArticleImport(limits);
    }

    /**
     * @param directory the directory to read
     * @param baseUrl prefix of every article's URL; blank for articles without one
     * @throws ArticleException for the first file refused, too many files, or too much text in them together
     * @throws IllegalArgumentException if {@code directory} is not a directory
     */
    public List<Article> read(Path directory, String baseUrl) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory");
        }
        List<Path> files = files(directory);
        if (files.size() > limits.maxArticles()) {
            throw new ArticleException(
                    ArticleException.Code.TOO_MANY_ARTICLES,
                    directory + " holds " + files.size() + " article files, more than the " + limits.maxArticles()
                            + " allowed");
        }
        List<Article> articles = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        long chars = 0;
        for (Path file : files) {
            String path = directory
                    .relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            String id = ArticleImport.idOf(path.replace('/', '-'));
            Path other = ids.put(id, file);
            if (other != null) {
                throw new ArticleException(
                        ArticleException.Code.DUPLICATE_ARTICLE_ID,
                        file + " and " + other + " would both be article " + id);
            }
            Article article = read(file, id, url(baseUrl, path));
            chars += article.markdown().length();
            // checked as the files are read, so a directory far past the bound is not read whole into memory first
            limits.checkTotalChars(chars);
            articles.add(article);
        }
        return List.copyOf(articles);
    }

    private Article read(Path file, String id, String url) {
        try {
            imports.checkFile(id, file.getFileName().toString(), Files.size(file));
            return imports.read(id, file.getFileName().toString(), "", url, Files.readAllBytes(file));
        } catch (ArticleException e) {
            throw new ArticleException(e.code(), file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !hidden(directory.relativize(f)))
                    .filter(f -> isArticle(f.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticle(String name) {
        return name.toLowerCase(Locale.ROOT).matches(".+\\.(md|markdown|html|htm|pdf)");
    }

    private static String url(String baseUrl, String path) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        int dot = path.lastIndexOf('.');
        String base = baseUrl.strip();
        return (base.endsWith("/") ? base : base + "/") + path.substring(0, dot);
    }
}
