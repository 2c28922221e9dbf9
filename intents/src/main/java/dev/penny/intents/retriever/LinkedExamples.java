package dev.penny.intents.retriever;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.knowledge.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of every intent whose answer links to one of the catalog's articles, as questions about those articles.
 * A link matches an article when its target is the article's URL, with or without an anchor or a trailing slash.
 */
final class LinkedExamples {

    // a Markdown link's target ([label](target "title")) or an autolink (<https://…>)
    private static final Pattern LINK = Pattern.compile("]\\(\\s*<?([^\\s)>]+)|<(https?://[^\\s>]+)>");

    private LinkedExamples() {}

    static List<LinkedExample> of(Catalog catalog) {
        Map<String, String> articleByUrl = new HashMap<>();
        for (Article a : catalog.articles()) {
            if (!a.url().isEmpty()) {
                articleByUrl.put(page(a.url()), a.id());
            }
        }
        List<LinkedExample> out = new ArrayList<>();
        if (articleByUrl.isEmpty()) {
            return out;
        }
        for (Intent intent : catalog.intents()) {
            Set<String> linked = new LinkedHashSet<>();
            Matcher m = LINK.matcher(intent.answer());
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                String article = articleByUrl.get(page(target));
                if (article != null) {
                    linked.add(article);
                }
            }
            if (!linked.isEmpty()) {
                intent.examples().forEach(e -> out.add(new LinkedExample(e, Set.copyOf(linked))));
            }
        }
        return out;
    }

    /** The URL without its anchor and trailing slash: an article's sections share its page. */
    static String page(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        while (u.endsWith("/") && u.length() > 1) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
