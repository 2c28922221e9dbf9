package dev.penny.intents.evaluation;

import dev.penny.intents.evaluation.Candidate.Example;
import dev.penny.intents.evaluation.Candidate.Verdict;
import java.util.List;

/** Everything measured of one candidate: quality, speed, and what it said for each test row. */
record CandidateResult(String name, Scores scores, Speed speed, List<Verdict> verdicts) {

    /** Trains, classifies the test set, and times both, with the heap peak of the whole run. */
    static CandidateResult measure(Candidate candidate, List<Example> train, List<Example> test, int latencyQueries) {
        Speed.resetPeakHeap();
        long started = System.nanoTime();
        candidate.train(train);
        double trainSeconds = (System.nanoTime() - started) / 1e9;
        List<String> texts = test.stream().map(Example::text).toList();
        started = System.nanoTime();
        List<Verdict> verdicts = candidate.classify(texts);
        double throughput = texts.size() / ((System.nanoTime() - started) / 1e9);
        double[] latencies = Speed.latencies(candidate, texts, latencyQueries);
        Speed speed = new Speed(
                trainSeconds,
                Speed.percentile(latencies, 0.50),
                Speed.percentile(latencies, 0.99),
                throughput,
                Speed.heapPeakSinceResetMb());
        Scores scores = Scores.of(test, verdicts, candidate.judgesOutOfScope());
        return new CandidateResult(candidate.name(), scores, speed, verdicts);
    }
}
