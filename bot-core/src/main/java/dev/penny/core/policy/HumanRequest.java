package dev.penny.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a visitor asking for a person in so many words, whatever the classifier thinks.
 *
 * <p>A phrase is a request ("talk to a person", "live agent"), never a lone word inside a sentence: "my travel agent"
 * and "human error" mention a person without asking for one. A lone word counts only as the whole message ("agent!"),
 * which a phrase marks with a leading {@code =}. Phrase syntax, word by word: {@code a/b} is either word, a trailing
 * {@code ?} makes the word optional, a trailing {@code *} lets the word run on (for languages that attach endings, as
 * Korean attaches 하고 to 통화). Matching ignores case.
 */
final class HumanRequest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** What may surround a whole-message phrase: spaces, punctuation, symbols (emoji among them). */
    private static final String AROUND = "[\\s\\p{P}\\p{S}]*";

    /** Only the start of a longer text is searched: as long as the longest message a channel accepts. */
    static final int MAX_CHARS = 4000;

    private final List<Pattern> phrases;

    HumanRequest(List<String> phrases) {
        List<Pattern> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase.strip();
            if (p.startsWith("=")) {
                compiled.add(
                        Pattern.compile("^" + AROUND + words(p.substring(1).strip(), phrase) + AROUND + "$", FLAGS));
            } else if (!p.isEmpty()) {
                // not before an apostrophe either: "a person's IBAN" is about someone else
                compiled.add(Pattern.compile("(?<!\\w)" + words(p, phrase) + "(?![\\w'’])", FLAGS));
            }
        }
        this.phrases = List.copyOf(compiled);
    }

    /** The words the visitor used to ask for a person, if they did. */
    Optional<String> phraseIn(String text) {
        String capped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        for (Pattern phrase : phrases) {
            Matcher m = phrase.matcher(capped);
            if (m.find()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    // Any whitespace between words, so "talk to\nsomeone" counts.
    private static String words(String body, String phrase) {
        StringBuilder out = new StringBuilder();
        boolean started = false;
        for (String word : body.split("\\s+")) {
            boolean optional = word.length() > 1 && word.endsWith("?");
            String w = optional ? word.substring(0, word.length() - 1) : word;
            StringBuilder group = new StringBuilder("(?:");
            String[] alternatives = w.split("/");
            for (int i = 0; i < alternatives.length; i++) {
                String a = alternatives[i];
                boolean runsOn = a.length() > 1 && a.endsWith("*");
                group.append(i == 0 ? "" : "|")
                        .append(Pattern.quote(runsOn ? a.substring(0, a.length() - 1) : a))
                        .append(runsOn ? "\\w*" : "");
            }
            group.append(')');
            if (optional) {
                out.append(started ? "(?:\\s+" + group + ")?" : "(?:" + group + "\\s+)?");
            } else {
                out.append(started ? "\\s+" : "").append(group);
                started = true;
            }
        }
        if (!started) {
            throw new IllegalArgumentException("a handoff phrase needs a word that is not optional: '" + phrase + "'");
        }
        return out.toString();
    }
}
