package dev.penny.intents.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled examples from JSON Lines, one {@code {"text": "...", "intent": "..."}} object per line,
 * as the intent datasets under {@code datasets/} are stored. Rows are kept exactly as given, including
 * out-of-scope rows labelled {@code oos}; blank lines are skipped; other fields are ignored.
 */
public final class JsonlExamples {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonlExamples() {}

    /**
     * Every row of the file, in file order.
     *
     * @throws CatalogException naming the first line that is not such an object
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<LabelledExample> read(Path file) {
        List<LabelledExample> examples = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    examples.add(parse(line, file.toString(), number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return examples;
    }

    static LabelledExample parse(String line, String source, int number) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JacksonException e) {
            throw invalid(source, number, "not valid JSON: " + e.getOriginalMessage());
        }
        if (row == null || !row.isObject()) {
            throw invalid(source, number, "expected an object like {\"text\": \"...\", \"intent\": \"...\"}");
        }
        return new LabelledExample(field(row, "text", source, number), field(row, "intent", source, number));
    }

    private static String field(JsonNode row, String name, String source, int number) {
        JsonNode value = row.get(name);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw invalid(source, number, "\"" + name + "\" must be a non-empty string");
        }
        return value.stringValue();
    }

    private static CatalogException invalid(String source, int number, String message) {
        return new CatalogException(List.of(CatalogProblem.error(source, number, null, message)));
    }
}
