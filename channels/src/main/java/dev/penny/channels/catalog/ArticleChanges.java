package dev.penny.channels.catalog;

import dev.penny.intents.knowledge.Article;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in the articles between two catalogs, by id, each list sorted.
 *
 * @param added ids only in the newer catalog
 * @param removed ids only in the older
 * @param changed ids in both whose title, URL or text differ
 */
record ArticleChanges(List<String> added, List<String> removed, List<String> changed) {

    static ArticleChanges between(List<Article> before, List<Article> after) {
        Map<String, Article> old = byId(before);
        Map<String, Article> now = byId(after);
        return new ArticleChanges(
                now.keySet().stream().filter(id -> !old.containsKey(id)).toList(),
                old.keySet().stream().filter(id -> !now.containsKey(id)).toList(),
                now.keySet().stream()
                        .filter(id -> old.containsKey(id) && !old.get(id).equals(now.get(id)))
                        .toList());
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, Article> byId(List<Article> articles) {
        return articles.stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
