package dev.penny.channels.bench;

import dev.penny.channels.bench.BenchSocket.Answer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives questions through benchmark sockets, either as an open loop (each visitor asks at a fixed rate whether or
 * not answers came back, as real visitors type) or a closed loop (each visitor asks again as soon as it is
 * answered: the most the server sustains).
 */
final class LoadPhase {

    /** How long answers may still arrive after the phase ends before they count as lost. */
    static final long GRACE_MILLIS = 5_000;

    private final List<BenchSocket> sockets;
    private final List<String> questions;

    LoadPhase(List<BenchSocket> sockets, List<String> questions) {
        this.sockets = sockets;
        this.questions = questions;
    }

    /**
     * Figures of one phase.
     *
     * @param latenciesMs every answer's latency, sorted
     * @param faqLatenciesMs latencies of the answers that came from the FAQ (or the echo), sorted
     * @param sent questions asked
     * @param lost questions without an answer by the end of the grace period
     * @param seconds length of the phase
     */
    record Result(double[] latenciesMs, double[] faqLatenciesMs, int sent, int lost, double seconds) {

        static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
        }

        double answeredPerSecond() {
            return latenciesMs.length / seconds;
        }
    }

    Result openLoop(double ratePerVisitor, int seconds) throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(4);
        Asked asked = new Asked();
        long periodNanos = (long) (1e9 / ratePerVisitor);
        long started = System.nanoTime();
        for (int v = 0; v < sockets.size(); v++) {
            BenchSocket socket = sockets.get(v);
            int visitor = v;
            // spread the visitors' first questions over one period so that load arrives evenly
            long offset = periodNanos * v / sockets.size();
            ticker.scheduleAtFixedRate(
                    () -> asked.add(socket.ask(question(visitor, asked.count()))),
                    offset,
                    periodNanos,
                    TimeUnit.NANOSECONDS);
        }
        TimeUnit.SECONDS.sleep(seconds);
        ticker.shutdownNow();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return collect(asked.all(), elapsed);
    }

    Result closedLoop(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Asked asked = new Asked();
        // Its own threads: CompletableFuture's default async pool starts a thread per task on a 2-core machine (the
        // common pool has parallelism 1 there), which cost the server's cores a thread start per message. After the
        // phase, late answers have nothing more to ask: discarded, not thrown into the socket's listener.
        ExecutorService askers = new ThreadPoolExecutor(
                2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new ThreadPoolExecutor.DiscardPolicy());
        long started = System.nanoTime();
        for (int v = 0; v < sockets.size(); v++) {
            askUntil(sockets.get(v), v, deadline, asked, askers);
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, deadline - System.nanoTime()));
        double elapsed = (System.nanoTime() - started) / 1e9;
        Result result = collect(asked.all(), elapsed);
        askers.shutdown();
        return result;
    }

    private void askUntil(BenchSocket socket, int visitor, long deadline, Asked asked, ExecutorService askers) {
        if (System.nanoTime() >= deadline) {
            return;
        }
        CompletableFuture<Answer> answer = socket.ask(question(visitor, asked.count()));
        asked.add(answer);
        answer.thenRunAsync(() -> askUntil(socket, visitor, deadline, asked, askers), askers);
    }

    /** Questions asked in a phase, with a count that costs nothing (a concurrent queue counts by walking itself). */
    private static final class Asked {
        private final ConcurrentLinkedQueue<CompletableFuture<Answer>> answers = new ConcurrentLinkedQueue<>();
        private final AtomicInteger count = new AtomicInteger();

        void add(CompletableFuture<Answer> answer) {
            answers.add(answer);
            count.incrementAndGet();
        }

        int count() {
            return count.get();
        }

        List<CompletableFuture<Answer>> all() {
            return new ArrayList<>(answers);
        }
    }

    private String question(int visitor, int n) {
        return questions.get(Math.floorMod(visitor * 7919 + n, questions.size()));
    }

    private static Result collect(List<CompletableFuture<Answer>> asked, double seconds) {
        long graceEnd = System.currentTimeMillis() + GRACE_MILLIS;
        List<Double> latencies = new ArrayList<>();
        List<Double> faq = new ArrayList<>();
        int lost = 0;
        for (CompletableFuture<Answer> f : asked) {
            try {
                Answer a = f.get(Math.max(1, graceEnd - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                latencies.add(a.latencyMs());
                if (a.source().equals("faq") || a.source().equals("echo")) {
                    faq.add(a.latencyMs());
                }
            } catch (Exception e) {
                lost++;
            }
        }
        return new Result(sorted(latencies), sorted(faq), asked.size(), lost, seconds);
    }

    private static double[] sorted(List<Double> values) {
        double[] out = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(out);
        return out;
    }
}
