package dev.penny.intents.evaluation;

import dev.penny.intents.knowledge.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A retrieval test set: articles and questions, each with the ids of the articles that answer it.
 *
 * @param articles the articles, in file order
 * @param queries the questions
 */
record RetrievalSet(List<Article> articles, List<Query> queries) {

    /** A question and the ids of its relevant articles. */
    record Query(String text, Set<String> relevant) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static RetrievalSet read(Path articles, Path queries) {
        List<Article> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode row : rows(articles)) {
            Article a = new Article(
                    row.path("id").asString(),
                    row.path("title").asString(""),
                    row.path("url").asString(""),
                    row.path("text").asString(""));
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException(articles + ": duplicate article id " + a.id());
            }
            docs.add(a);
        }
        List<Query> qs = new ArrayList<>();
        for (JsonNode row : rows(queries)) {
            Set<String> relevant = new HashSet<>();
            row.path("relevant").forEach(id -> relevant.add(id.asString()));
            if (!ids.containsAll(relevant) || relevant.isEmpty()) {
                throw new IllegalArgumentException(queries + ": query with unknown or no relevant ids: " + row);
            }
            qs.add(new Query(row.path("text").asString(), relevant));
        }
        return new RetrievalSet(docs, qs);
    }

    private static List<JsonNode> rows(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(JSON::readTree)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
