package dev.penny.intents.evaluation;

import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.Pooling;
import java.nio.file.Path;
import java.util.Locale;

/** The evaluation command's options, parsed from its command line. */
record EvaluationArguments(
        Path train,
        Path test,
        double unknownFraction,
        long seed,
        String model,
        Pooling pooling,
        Path json,
        boolean peers,
        int latencyQueries,
        double neighbourWeight,
        int examplesPerIntent,
        boolean titles) {

    static final String USAGE = "usage: java -jar penny-eval.jar --train FILE --test FILE [--unknown-fraction F]"
            + " [--seed N] [--model bge-small-en-v1.5-q|all-minilm-l6-v2|all-minilm-l6-v2-q|DIR|A+B]"
            + " [--pooling cls|mean] [--json OUT] [--no-peers] [--latency-queries N] [--neighbour-weight W]"
            + " [--examples-per-intent N] [--no-titles]\n"
            + "  --train  a JSONL file of {\"text\",\"intent\"} rows or a YAML FAQ catalog\n"
            + "  --test   a JSONL file; rows with intent \"oos\" are out of scope\n"
            + "  --examples-per-intent  train on a sample of N examples per intent, drawn with --seed\n"
            + "  --no-titles  train on the examples alone, without each intent's title (its humanised id)";

    static EvaluationArguments parse(String[] args) {
        Path train = null;
        Path test = null;
        double unknown = 0;
        long seed = 42;
        String model = "bge-small-en-v1.5-q";
        Pooling pooling = null;
        Path json = null;
        boolean peers = true;
        int latencyQueries = 300;
        double neighbourWeight = TrainingOptions.defaults().neighbourWeight();
        int examplesPerIntent = 0;
        boolean titles = true;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--no-peers")) {
                peers = false;
                continue;
            }
            if (flag.equals("--no-titles")) {
                titles = false;
                continue;
            }
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--train" -> train = Path.of(value);
                case "--test" -> test = Path.of(value);
                case "--unknown-fraction" -> unknown = Double.parseDouble(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--model" -> model = value;
                case "--pooling" -> pooling = Pooling.valueOf(value.toUpperCase(Locale.ROOT));
                case "--json" -> json = Path.of(value);
                case "--latency-queries" -> latencyQueries = Integer.parseInt(value);
                case "--neighbour-weight" -> neighbourWeight = Double.parseDouble(value);
                case "--examples-per-intent" -> {
                    examplesPerIntent = Integer.parseInt(value);
                    if (examplesPerIntent < 1) {
                        throw new IllegalArgumentException("--examples-per-intent must be at least 1");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        if (train == null || test == null) {
            throw new IllegalArgumentException("--train and --test are required\n" + USAGE);
        }
        if (unknown < 0 || unknown >= 1) {
            throw new IllegalArgumentException("--unknown-fraction must be in [0, 1)");
        }
        if (neighbourWeight < 0 || neighbourWeight > 1) {
            throw new IllegalArgumentException("--neighbour-weight must be in [0, 1]");
        }
        return new EvaluationArguments(
                train,
                test,
                unknown,
                seed,
                model,
                pooling,
                json,
                peers,
                latencyQueries,
                neighbourWeight,
                examplesPerIntent,
                titles);
    }
}
