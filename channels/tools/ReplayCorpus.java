import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates channels/src/main/resources/replay/demo-conversations.jsonl, the corpus {@code penny.jar replay} runs by
 * default: 1,000 multi-turn conversations whose bank questions are BANKING77's test questions (never its training
 * phrases, which the demo catalog learns from), mixed with out-of-domain questions and requests for a person written
 * for Penny. Seeded: the same inputs give the same file.
 *
 * <p>Run from the repository root, after {@code mvn -o -q install -pl bot-core,intents -DskipTests}:
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -pl channels -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt)" channels/tools/ReplayCorpus.java \
 *     ../shared/datasets/banking77/test.jsonl channels/src/main/resources/replay/demo-conversations.jsonl
 * </pre>
 */
public class ReplayCorpus {

    static final int CONVERSATIONS = 1_000;
    static final long SEED = 17;

    /** Questions a bank's FAQ does not cover, as visitors of a bank's site ask them. */
    static final List<String> OUT_OF_DOMAIN = List.of(
            "What's the weather going to be like tomorrow?",
            "Can you recommend a good pizza place near me?",
            "Who won the football match last night?",
            "Tell me a joke",
            "How do I reset my wifi router?",
            "What time does the post office close?",
            "Can you help me with my maths homework?",
            "What is the capital of Australia?",
            "How many calories are in a banana?",
            "Do you sell car insurance?",
            "Can I book a flight to Lisbon through you?",
            "What's a good recipe for banana bread?",
            "Is it going to rain this weekend?",
            "How do I change the language on my phone?",
            "What movies are on at the cinema tonight?",
            "Write me a poem about autumn",
            "Who is the prime minister?",
            "How tall is the Eiffel Tower?",
            "Can you translate hello into Japanese?",
            "What's the best laptop for students?",
            "How do I get rid of ants in my kitchen?",
            "Where can I buy concert tickets?",
            "My dishwasher is leaking, what should I do?",
            "What are your thoughts on cryptocurrency mining rigs for gaming?",
            "Can you order me a taxi?",
            "How long should I boil an egg?",
            "What's the meaning of life?",
            "Do you know any good hiking trails?",
            "How do I unsubscribe from a magazine?",
            "Recommend me a book to read on holiday",
            "What's the score in the tennis?",
            "How do I fix a flat bicycle tyre?",
            "Are dogs allowed in the park?",
            "What's the time difference between London and Tokyo?",
            "Can you set an alarm for 7am?",
            "How do I make my plants grow faster?",
            "Is the gym open on Sundays?",
            "What's the best way to learn guitar?",
            "How do I cancel my gym membership?",
            "Which phone plan has the most data?",
            "hello are you a robot",
            "asdfgh",
            "What's your favourite colour?",
            "How far is the moon?",
            "Can you recommend a plumber?",
            "How do I renew my passport?",
            "When is the next bank holiday in Spain?",
            "Can I get a mortgage on a houseboat?",
            "How do I file my taxes?",
            "What's the population of Canada?");

    /** Asking for a person: most in words Penny's handoff phrases know, a few without them. */
    static final List<String> PERSON = List.of(
            "Can I talk to a person please?",
            "I want to speak to a human",
            "Get me an agent",
            "Let me speak to someone",
            "I need a real person, not a bot",
            "Connect me to a representative",
            "operator please",
            "Can I talk to someone about this?",
            "This isn't helping, I want a human",
            "Put me through to an agent please",
            "Is there a real person I can chat with?",
            "I'd like to speak to a person about my account",
            "human please",
            "Transfer me to customer service representative",
            "Is anyone from your staff around to help me?",
            "Can somebody from the support team look at my case?");

    record Turn(String text, String expect) {}

    public static void main(String[] args) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<Turn> bank = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                String intent = row.get("intent").asString().toLowerCase().replace("?", "");
                bank.add(new Turn(row.get("text").asString(), intent));
            }
        }
        Random random = new Random(SEED);
        Collections.shuffle(bank, random);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int c = 1; c <= CONVERSATIONS; c++) {
            List<Turn> turns = new ArrayList<>();
            int questions = 1 + random.nextInt(3); // 1-3 bank questions, 2 on average
            for (int q = 0; q < questions && next < bank.size(); q++) {
                turns.add(bank.get(next++));
            }
            if (random.nextDouble() < 0.15) {
                String text = OUT_OF_DOMAIN.get(random.nextInt(OUT_OF_DOMAIN.size()));
                turns.add(random.nextInt(turns.size() + 1), new Turn(text, "oos"));
            }
            if (random.nextDouble() < 0.10) {
                turns.add(new Turn(PERSON.get(random.nextInt(PERSON.size())), "human"));
            }
            Map<String, Object> conversation = new LinkedHashMap<>();
            conversation.put("id", String.format("demo-%04d", c));
            conversation.put(
                    "turns",
                    turns.stream()
                            .map(ReplayCorpus::asJson)
                            .toList());
            out.append(json.writeValueAsString(conversation)).append('\n');
        }
        Files.createDirectories(Path.of(args[1]).getParent());
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    // Map.of would order the keys differently from one JVM to the next; the file must not change between runs.
    private static Map<String, String> asJson(Turn turn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", turn.text());
        fields.put("expect", turn.expect());
        return fields;
    }
}
