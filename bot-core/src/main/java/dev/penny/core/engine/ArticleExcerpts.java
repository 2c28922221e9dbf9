package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.policy.Decision;
import dev.penny.core.understanding.PassageMatch;
import java.util.List;

/**
 * The answer without an LLM when an article passage matches well: "This article covers it:", the passage's title as
 * a link, and the start of its text, cut at a sentence or word end. The excerpt is plain text (Markdown links keep
 * their labels, headings and emphasis lose their marks), so a cut never leaves half a link.
 */
final class ArticleExcerpts {

    /** Long enough for a sentence or two, short enough to read in the chat. */
    static final int MAX_CHARS = 240;

    private final TurnWriter writer;
    private final BotPhrases phrases;

    ArticleExcerpts(TurnWriter writer, BotPhrases phrases) {
        this.writer = writer;
        this.phrases = phrases;
    }

    Turn excerpt(ConversationId id, PassageMatch match, Decision decision) {
        String title = match.passage().title();
        String url = match.passage().url();
        String link = url.isEmpty() ? title : "[" + title.replace("[", "(").replace("]", ")") + "](" + url + ")";
        String text = phrases.articleCovers() + " " + link + "\n\n"
                + excerpt(match.passage().text());
        return writer.bot(id, Source.ARTICLE, text.strip(), List.of(), decision);
    }

    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("!?\\[([^\\]\\n]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s{0,3}(#{1,6}|>|[-*+]|\\d+\\.)\\s+", "")
                .replaceAll("[*_`]{1,3}", "")
                .replaceAll("\\s+", " ")
                .strip();
        if (plain.length() <= MAX_CHARS) {
            return plain;
        }
        String cut = plain.substring(0, MAX_CHARS);
        int sentence = Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf("! "), cut.lastIndexOf("? ")));
        if (sentence >= MAX_CHARS / 2) {
            return cut.substring(0, sentence + 1);
        }
        int word = cut.lastIndexOf(' ');
        return (word > 0 ? cut.substring(0, word) : cut) + "…";
    }
}
