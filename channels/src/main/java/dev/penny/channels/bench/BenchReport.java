package dev.penny.channels.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's figures, printed and as JSON. */
record BenchReport(
        BenchOptions options,
        URI url,
        LoadPhase.Result open,
        LoadPhase.Result saturated,
        LoadPhase.Result echoOpen,
        LoadPhase.Result echoSaturated,
        EncoderCeiling encoderCeiling,
        int errors) {

    Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("visitors", options.visitors());
        m.put("rate_per_visitor", options.rate());
        m.put("seconds", options.seconds());
        m.put("url", url.toString());
        m.put("faq_p50_ms", LoadPhase.Result.percentile(open.faqLatenciesMs(), 0.50));
        m.put("faq_p99_ms", LoadPhase.Result.percentile(open.faqLatenciesMs(), 0.99));
        m.put("faq_answers", open.faqLatenciesMs().length);
        m.put("all_answers_p50_ms", LoadPhase.Result.percentile(open.latenciesMs(), 0.50));
        m.put("offered_per_s", open.sent() / open.seconds());
        m.put("echo_p50_ms", LoadPhase.Result.percentile(echoOpen.latenciesMs(), 0.50));
        m.put("echo_p99_ms", LoadPhase.Result.percentile(echoOpen.latenciesMs(), 0.99));
        m.put("messages_per_s", saturated.answeredPerSecond());
        m.put("echo_messages_per_s", echoSaturated.answeredPerSecond());
        m.put("encoder_ceiling_per_s", encoderCeiling.perSecond());
        m.put("encoder_ways_per_s", encoderCeiling.ways());
        m.put("ratio_to_ceiling", saturated.answeredPerSecond() / encoderCeiling.perSecond());
        m.put("errors", errors);
        m.put("lost_messages", open.lost() + saturated.lost());
        return m;
    }

    void print(PrintStream out) {
        Map<String, Object> f = figures();
        out.printf(
                "%nFAQ answer latency, %d visitors x %.1f/s open loop: p50 %.2f ms, p99 %.2f ms (%d FAQ answers)%n",
                options.visitors(), options.rate(), f.get("faq_p50_ms"), f.get("faq_p99_ms"), f.get("faq_answers"));
        out.printf("echo endpoint, same load: p50 %.2f ms, p99 %.2f ms%n", f.get("echo_p50_ms"), f.get("echo_p99_ms"));
        out.printf(
                "saturation: %.1f messages/s (echo %.1f/s); encoder alone %.1f texts/s; ratio to encoder %.2f%n",
                f.get("messages_per_s"),
                f.get("echo_messages_per_s"),
                f.get("encoder_ceiling_per_s"),
                f.get("ratio_to_ceiling"));
        encoderCeiling
                .ways()
                .forEach((way, perSecond) -> out.printf("encoder alone, %s: %.1f texts/s%n", way, perSecond));
        out.printf("errors %d, lost messages %d%n", errors, f.get("lost_messages"));
    }

    void writeJson(Path file) {
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), figures());
    }
}
