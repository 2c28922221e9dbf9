package dev.penny.channels.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code java -jar penny.jar replay} replays and how it prices it.
 *
 * @param conversations the JSONL corpus, or null for the demo corpus bundled with Penny
 * @param llmInputMicroDollarsPerMillion the LLM's price per million prompt tokens
 * @param llmOutputMicroDollarsPerMillion the LLM's price per million answer tokens
 * @param agentDelay how long a simulated agent takes to answer a conversation handed to a person
 * @param visitors conversations replayed at the same time
 * @param json where to write the figures as JSON, or null
 * @param pennyArguments further {@code --penny.…} settings for the in-process Penny, e.g. {@code --penny.catalog=…}
 */
record ReplayOptions(
        Path conversations,
        long llmInputMicroDollarsPerMillion,
        long llmOutputMicroDollarsPerMillion,
        Duration agentDelay,
        int visitors,
        Path json,
        List<String> pennyArguments) {

    static final String USAGE = "usage: java -jar penny.jar replay [--conversations FILE]"
            + " [--llm-price-in USD_PER_M] [--llm-price-out USD_PER_M] [--agent-delay S] [--visitors 16]"
            + " [--json OUT] [--penny.<setting>=<value> ...]";

    /** gpt-4o-mini's list prices, US$ per million input and output tokens. */
    static final double GPT_4O_MINI_IN = 0.15;

    static final double GPT_4O_MINI_OUT = 0.60;

    static ReplayOptions parse(String[] args) {
        Path conversations = null;
        double priceIn = GPT_4O_MINI_IN;
        double priceOut = GPT_4O_MINI_OUT;
        double delaySeconds = 2;
        int visitors = 16;
        Path json = null;
        List<String> penny = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--penny.") && args[i].contains("=")) {
                penny.add(args[i]);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            try {
                switch (args[i - 1]) {
                    case "--conversations" -> conversations = Path.of(value);
                    case "--llm-price-in" -> priceIn = Double.parseDouble(value);
                    case "--llm-price-out" -> priceOut = Double.parseDouble(value);
                    case "--agent-delay" -> delaySeconds = Double.parseDouble(value);
                    case "--visitors" -> visitors = Integer.parseInt(value);
                    case "--json" -> json = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i - 1] + "\n" + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i - 1] + " needs a number, was " + value + "\n" + USAGE);
            }
        }
        if (!(priceIn >= 0) || !(priceOut >= 0) || !(delaySeconds >= 0) || visitors < 1) {
            throw new IllegalArgumentException(
                    "prices and the agent delay must not be negative, visitors must be positive\n" + USAGE);
        }
        return new ReplayOptions(
                conversations,
                Math.round(priceIn * 1_000_000),
                Math.round(priceOut * 1_000_000),
                Duration.ofMillis(Math.round(delaySeconds * 1000)),
                visitors,
                json,
                List.copyOf(penny));
    }
}
