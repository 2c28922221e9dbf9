package dev.penny.intents.evaluation;

import dev.penny.intents.encoder.Pooling;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The options of the evaluation command's article-retrieval mode. */
record ArticleEvaluationArguments(
        Path articles,
        Path queries,
        Path json,
        String model,
        Pooling pooling,
        String locale,
        int repeats,
        Path calibrationQuestions) {

    static final String USAGE = "usage: java -jar penny-eval.jar --articles DOCS.jsonl --queries QUERIES.jsonl"
            + " [--json OUT] [--model NAME|DIR] [--pooling cls|mean] [--locale en] [--repeats N]"
            + " [--calibration-questions QUESTIONS.jsonl]\n"
            + "  --articles  JSONL rows {\"id\",\"title\",\"text\",\"url\"}; text is Markdown, split at its headings\n"
            + "  --queries   JSONL rows {\"text\",\"relevant\":[ids]}\n"
            + "  --repeats   latency is timed over the queries this many times (default 3)\n"
            + "  --calibration-questions  JSONL rows as --queries, other than the queries: the passage threshold is"
            + " also calibrated on them and measured on the queries";

    static boolean wanted(String[] args) {
        return List.of(args).contains("--articles");
    }

    static ArticleEvaluationArguments parse(String[] args) {
        Path articles = null;
        Path queries = null;
        Path json = null;
        String model = "bge-small-en-v1.5-q";
        Pooling pooling = null;
        String locale = "en";
        int repeats = 3;
        Path calibrationQuestions = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (flag) {
                case "--articles" -> articles = Path.of(value);
                case "--queries" -> queries = Path.of(value);
                case "--json" -> json = Path.of(value);
                case "--model" -> model = value;
                case "--pooling" -> pooling = Pooling.valueOf(value.toUpperCase(Locale.ROOT));
                case "--locale" -> locale = value;
                case "--repeats" -> repeats = Integer.parseInt(value);
                case "--calibration-questions" -> calibrationQuestions = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
            }
        }
        if (articles == null || queries == null) {
            throw new IllegalArgumentException("--articles and --queries are required\n" + USAGE);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1");
        }
        return new ArticleEvaluationArguments(
                articles, queries, json, model, pooling, locale, repeats, calibrationQuestions);
    }
}
