package dev.penny.channels.analytics;

import dev.penny.channels.analytics.AnalyticsReport.BucketFigures;
import java.util.List;
import java.util.Map;

/**
 * The report as CSV: one row per bucket for all catalog versions ({@code catalog_version} {@code all}), then one per
 * version counted in it. Money in US dollars with six decimals; rates as fractions; empty where nothing was counted.
 * The {@code editor_*} columns are the editor's LLM spending (suggested examples), not visitors': the bot's cost and
 * the savings leave it out.
 */
final class AnalyticsCsv {

    static final String HEADER = "start,catalog_version,conversations,visitor_messages,answers_faq,answers_choice,"
            + "answers_llm,answers_human,automation_rate,handoff_rate,handed_off,with_person,closed,llm_calls,"
            + "thumbs_up,thumbs_down,ratings,mean_rating,llm_cost_usd,bot_cost_usd,all_llm_cost_usd,savings_usd,"
            + "agent_seconds,agent_cost_usd,editor_llm_calls,editor_llm_cost_usd";

    private AnalyticsCsv() {}

    static String of(AnalyticsReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (BucketFigures bucket : report.buckets()) {
            row(csv, bucket.start().toString(), "all", bucket.figures());
            for (Map.Entry<String, Figures> version : bucket.byVersion().entrySet()) {
                row(csv, bucket.start().toString(), version.getKey(), version.getValue());
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String start, String version, Figures f) {
        List<Object> cells = List.of(
                start,
                quoted(version),
                f.conversations(),
                f.visitorMessages(),
                f.answers().get("faq"),
                f.answers().get("choice"),
                f.answers().get("llm"),
                f.answers().get("human"),
                blankIfNull(f.automationRate()),
                blankIfNull(f.handoffRate()),
                f.handedOff(),
                f.withPerson(),
                f.closed(),
                f.llmCalls(),
                f.helpful(),
                f.unhelpful(),
                f.ratings(),
                blankIfNull(f.meanRating()),
                usd(f.llmMicroUsd()),
                usd(f.botMicroUsd()),
                usd(f.allLlmMicroUsd()),
                usd(f.savingsMicroUsd()),
                f.agentSeconds(),
                usd(f.agentMicroUsd()),
                f.editorLlmCalls(),
                usd(f.editorLlmMicroUsd()));
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cells.get(i));
        }
        csv.append("\r\n");
    }

    /** Micro-dollars as dollars, exactly: no floating point. */
    static String usd(long microDollars) {
        String sign = microDollars < 0 ? "-" : "";
        long abs = Math.abs(microDollars);
        return sign + abs / 1_000_000 + "." + String.format("%06d", abs % 1_000_000);
    }

    private static Object blankIfNull(Double value) {
        return value == null ? "" : value;
    }

    /** A catalog version label is the store's, not a visitor's; quoted anyway so a comma or quote cannot shift cells. */
    private static String quoted(String text) {
        boolean plain = text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
        String safe = text.startsWith("=") || text.startsWith("+") || text.startsWith("@") ? "'" + text : text;
        return plain ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
