package dev.penny.intents.evaluation;

import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.JsonlExamples;
import dev.penny.intents.catalog.LabelledExample;
import dev.penny.intents.classifier.TrainingOptions;
import dev.penny.intents.encoder.EncoderModel;
import dev.penny.intents.encoder.OnnxSentenceEncoder;
import dev.penny.intents.encoder.SentenceEncoder;
import dev.penny.intents.evaluation.Candidate.Example;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar intents/target/penny-eval.jar --train FILE --test FILE ...}: trains Penny's classifier and its
 * peers on the same data, tests them on the same rows, prints a table with Penny/peer ratios and writes a JSON
 * summary. See {@link EvaluationArguments#USAGE}; with {@code --articles}, measures article retrieval instead
 * ({@link ArticleEvaluationArguments#USAGE}).
 */
public final class EvaluationCommand {

    private EvaluationCommand() {}

    public static void main(String[] args) {
        if (ArticleEvaluationArguments.wanted(args)) {
            articles(args);
            return;
        }
        EvaluationArguments arguments;
        try {
            arguments = EvaluationArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(arguments, System.out);
        } catch (RuntimeException e) {
            System.err.println("evaluation failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void articles(String[] args) {
        ArticleEvaluationArguments arguments;
        try {
            arguments = ArticleEvaluationArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            ArticleRetrievalEvaluation.run(arguments, System.out);
        } catch (RuntimeException e) {
            System.err.println("evaluation failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static EvaluationReport run(EvaluationArguments args, PrintStream out) {
        List<Example> train = read(args.train());
        List<Example> test = read(args.test());
        UnknownIntents unknown = UnknownIntents.choose(train, args.unknownFraction(), args.seed());
        train = unknown.training(train);
        test = unknown.test(test);
        if (args.examplesPerIntent() > 0) {
            train = ExamplesPerIntent.sample(train, args.examplesPerIntent(), args.seed());
        }
        out.printf(
                "Training on %d examples of %s%s, testing on %d rows of %s (%d intents held out as unknown)%n",
                train.size(),
                args.train(),
                args.examplesPerIntent() > 0
                        ? " (at most " + args.examplesPerIntent() + " per intent, seed " + args.seed() + ")"
                        : "",
                test.size(),
                args.test(),
                unknown.removed().size());

        List<SentenceEncoder> encoders = new ArrayList<>();
        try {
            for (EncoderModel model : EncoderModel.resolveAll(args.model(), args.pooling())) {
                encoders.add(OnnxSentenceEncoder.load(model));
            }
            return run(args, train, test, encoders, out);
        } finally {
            encoders.forEach(SentenceEncoder::close);
        }
    }

    /** Measures Penny on the encoders (an ensemble when several), and the peers on the primary one. */
    private static EvaluationReport run(
            EvaluationArguments args,
            List<Example> train,
            List<Example> test,
            List<SentenceEncoder> encoders,
            PrintStream out) {
        SentenceEncoder primary = encoders.get(0);
        PennyCandidate penny = new PennyCandidate(
                encoders,
                TrainingOptions.defaults().withSeed(args.seed()).withNeighbourWeight(args.neighbourWeight()),
                args.titles());
        CandidateResult pennyResult = CandidateResult.measure(penny, train, test, args.latencyQueries());
        List<CoverageAtPrecision> coverage =
                CoverageAtPrecision.measure(penny.classifier().calibration(), test, pennyResult.verdicts());
        RetrievalRecall retrieval = RetrievalRecall.measure(primary, train, test);
        List<CandidateResult> peers = new ArrayList<>();
        if (args.peers()) {
            for (Candidate peer : List.of(new Langchain4jPeer(primary), new Bm25Peer())) {
                try (peer) {
                    peers.add(CandidateResult.measure(peer, train, test, args.latencyQueries()));
                }
            }
        }
        EvaluationReport report = new EvaluationReport(
                args,
                penny.classifier().modelName(),
                train.size(),
                test.size(),
                pennyResult,
                coverage,
                penny.classifier().calibration(),
                retrieval,
                peers);
        report.print(out);
        if (args.json() != null) {
            report.writeJson(args.json());
            out.println("JSON summary written to " + args.json());
        }
        return report;
    }

    private static List<Example> read(Path file) {
        String name = file.getFileName().toString();
        List<LabelledExample> rows = name.endsWith(".yml") || name.endsWith(".yaml")
                ? new CatalogLoader().load(file).catalog().trainingExamples()
                : JsonlExamples.read(file);
        return rows.stream().map(r -> new Example(r.text(), r.intentId())).toList();
    }
}
