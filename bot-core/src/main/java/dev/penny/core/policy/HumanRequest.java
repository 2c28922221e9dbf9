package dev.penny.core.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Recognises a visitor asking for a person in so many words, whatever the classifier thinks. */
final class HumanRequest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private final Optional<Pattern> phrases;

    HumanRequest(List<String> phrases) {
        List<String> words =
                phrases.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        this.phrases = words.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(anyOf(words), FLAGS));
    }

    /** The phrase the visitor used to ask for a person, if they did. */
    Optional<String> phraseIn(String text) {
        return phrases.map(p -> p.matcher(text)).filter(Matcher::find).map(Matcher::group);
    }

    // Whole words only, so "agent" does not match "agency"; any whitespace between words, so "talk to\nsomeone" counts.
    private static String anyOf(List<String> phrases) {
        return phrases.stream()
                .map(p -> Arrays.stream(p.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "\\b(?:", ")\\b"));
    }
}
