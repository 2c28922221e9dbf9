package dev.penny.channels.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled conversations, one JSON object a line: {@code {"id":"…","turns":[{"text":"…","expect":"…"}]}}, where
 * {@code expect} is the intent id the FAQ should answer with, {@code oos} (no FAQ answer fits) or {@code human} (the
 * visitor asks for a person). Blank lines are skipped; anything else that does not fit is refused with its line.
 */
final class ReplayCorpus {

    /** The corpus {@code replay} runs when none is given (docs/replay.md says how it is made). */
    static final String DEMO = "replay/demo-conversations.jsonl";

    static final String OUT_OF_SCOPE = "oos";
    static final String PERSON = "human";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One visitor message and what should become of it. */
    record Line(String text, String expect) {}

    /** One labelled conversation. */
    record Conversation(String id, List<Line> turns) {}

    private ReplayCorpus() {}

    static List<Conversation> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static List<Conversation> demo() throws IOException {
        try (InputStream in = ReplayCorpus.class.getClassLoader().getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the demo corpus " + DEMO + " is not on the classpath");
            }
            return read(in, DEMO);
        }
    }

    static List<Conversation> read(InputStream in, String name) throws IOException {
        List<Conversation> conversations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Conversation conversation = parse(line, name + ":" + number);
            if (!ids.add(conversation.id())) {
                throw new IllegalArgumentException(
                        name + ":" + number + ": conversation id " + conversation.id() + " appears twice");
            }
            conversations.add(conversation);
        }
        if (conversations.isEmpty()) {
            throw new IllegalArgumentException(name + ": no conversations");
        }
        return conversations;
    }

    private static Conversation parse(String line, String where) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        String id = row.path("id").asString("");
        if (id.isBlank()) {
            throw new IllegalArgumentException(where + ": needs an \"id\"");
        }
        List<Line> turns = new ArrayList<>();
        for (JsonNode turn : row.path("turns")) {
            String text = turn.path("text").asString("");
            String expect = turn.path("expect").asString("");
            if (text.isBlank() || expect.isBlank()) {
                throw new IllegalArgumentException(where + ": every turn needs a \"text\" and an \"expect\"");
            }
            turns.add(new Line(text, expect));
        }
        if (turns.isEmpty()) {
            throw new IllegalArgumentException(where + ": needs at least one turn in \"turns\"");
        }
        return new Conversation(id, List.copyOf(turns));
    }
}
