package dev.penny.core.engine;

import dev.penny.core.policy.Citation;
import dev.penny.core.understanding.PassageMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passages an LLM answer cites. The prompt numbers the passages it gives {@code [1]}, {@code [2]}, …; the answer
 * keeps the ones it cites, renumbered in the order it first cites them, so a visitor reads {@code [1]} first. A number
 * no passage has is dropped, and so is a group of numbers written together ({@code [1, 3]} becomes {@code [1][2]}).
 *
 * @param text the answer with its citations renumbered
 * @param sources the passages it cites, by their new numbers
 */
record AnswerCitations(String text, List<Citation> sources) {

    // [1] or [1, 2], but not a Markdown link's label: [1](https://…)
    private static final Pattern MARKER = Pattern.compile("(\\s?)\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\](?!\\()");

    static AnswerCitations of(String answer, List<PassageMatch> passages) {
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        List<Citation> sources = new ArrayList<>();
        Matcher markers = MARKER.matcher(answer);
        StringBuilder text = new StringBuilder();
        while (markers.find()) {
            StringBuilder cited = new StringBuilder();
            for (String number : markers.group(2).split(",")) {
                int given = Integer.parseInt(number.strip());
                if (given < 1 || given > passages.size()) {
                    continue;
                }
                Integer mine = renumbered.get(given);
                if (mine == null) {
                    mine = renumbered.size() + 1;
                    renumbered.put(given, mine);
                    sources.add(Citation.of(mine, passages.get(given - 1)));
                }
                cited.append('[').append(mine).append(']');
            }
            // a dropped marker takes the space before it along
            String before = cited.isEmpty() ? "" : markers.group(1);
            markers.appendReplacement(text, Matcher.quoteReplacement(before + cited));
        }
        markers.appendTail(text);
        return new AnswerCitations(text.toString(), List.copyOf(sources));
    }
}
