package dev.penny.intents.editing;

import dev.penny.core.cost.EditorLlmSpending;
import dev.penny.core.cost.EditorLlmSpending.Billed;
import dev.penny.core.privacy.PiiMasker;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.IntentChecks;
import dev.penny.intents.editing.ExampleParaphraser.Paraphrases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggested examples for one intent, ready to show an owner: the paraphraser is asked with the intent's examples
 * masked of personal data, and what it writes is cleaned (list markers, numbering and quotes dropped) and kept only
 * when it is a new example the draft would accept: not blank, at most {@link #MAX_CHARS} characters, holding no
 * personal data, and not already an example of this or any other intent (compared as the validator compares them,
 * ignoring case and spacing), nor proposed twice. Nothing is added to the draft here.
 *
 * <p>Each call is made within the day's LLM budget and charged to the editor's spending ({@link EditorLlmSpending}):
 * with the budget spent, {@link dev.penny.core.cost.LlmBudgetExhaustedException} is thrown and the model is not asked.
 */
public final class ExampleProposals {

    /** The longest proposal kept; an example is a question, not a paragraph. */
    public static final int MAX_CHARS = 300;

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*•]+|\\(?\\d{1,3}[.):]|[a-z][.)])\\s+");
    private static final Pattern QUOTES = Pattern.compile("^[\"'“”‘’`]+|[\"'“”‘’`]+$");

    private final ExampleParaphraser paraphraser;
    private final EditorLlmSpending spending;
    private final PiiMasker masker = new PiiMasker();

    public ExampleProposals(ExampleParaphraser paraphraser, EditorLlmSpending spending) {
        this.paraphraser = paraphraser;
        this.spending = spending;
    }

    /**
     * @param intent the intent to suggest examples for
     * @param draft the draft it belongs to, whose examples proposals must not repeat
     * @param count the most proposals returned, and how many the paraphraser is asked for
     */
    public List<String> propose(Intent intent, Catalog draft, int count) {
        Intent masked = new Intent(
                intent.id(),
                masker.mask(intent.title()),
                intent.examples().stream().map(masker::mask).toList(),
                intent.answer(),
                intent.quickReplies(),
                intent.followUps(),
                intent.tags(),
                intent.locale());
        Paraphrases written = spending.spend(promptText(masked), paraphraser.maxOutputTokens(), () -> {
            Paraphrases p = paraphraser.paraphrase(masked, count);
            return new Billed<>(p, p.inputTokens(), p.outputTokens());
        });
        return keep(written.lines(), intent, draft, count);
    }

    /** The intent's own text the call sends, for the estimate of what it will cost. */
    private static String promptText(Intent masked) {
        StringBuilder text = new StringBuilder(masked.title() == null ? "" : masked.title());
        masked.examples().forEach(e -> text.append('\n').append(e));
        return text.toString();
    }

    /** The lines worth proposing, in the order written. */
    static List<String> keep(List<String> lines, Intent intent, Catalog draft, int count) {
        Set<String> taken = new HashSet<>();
        intent.examples().forEach(e -> taken.add(IntentChecks.normalise(e)));
        draft.trainingExamples().forEach(e -> taken.add(IntentChecks.normalise(e.text())));
        PiiMasker masker = new PiiMasker();
        List<String> kept = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            if (kept.size() == count) {
                break;
            }
            String text = clean(line);
            if (text.isEmpty()
                    || text.length() > MAX_CHARS
                    || !masker.mask(text).equals(text)) {
                continue;
            }
            if (taken.add(IntentChecks.normalise(text))) {
                kept.add(text);
            }
        }
        return List.copyOf(kept);
    }

    private static String clean(String line) {
        if (line == null) {
            return "";
        }
        String text = MARKER.matcher(line.strip()).replaceFirst("").strip();
        return QUOTES.matcher(text).replaceAll("").strip().replaceAll("\\s+", " ");
    }
}
