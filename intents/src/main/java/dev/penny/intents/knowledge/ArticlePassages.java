package dev.penny.intents.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into passages at its Markdown headings ({@code #} to {@code ######}); a section longer than
 * {@link #MAX_WORDS} words is cut at paragraph ends into passages of about that size, each keeping the section's
 * heading and anchor. Sentence encoders read a few hundred tokens at most, and a citation is worth more when it points
 * at the section that says it.
 */
public final class ArticlePassages {

    /** Words per passage, at most (a paragraph longer than this is a passage of its own). */
    public static final int MAX_WORDS = 200;

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private ArticlePassages() {}

    /** The article's passages in reading order; an article with no text gives none. */
    public static List<Passage> of(Article article) {
        List<Passage> passages = new ArrayList<>();
        Anchors anchors = new Anchors();
        String heading = "";
        String anchor = "";
        StringBuilder section = new StringBuilder();
        boolean fenced = false;
        for (String line : article.markdown().split("\\R", -1)) {
            fenced ^= line.strip().startsWith("```");
            Matcher m = fenced ? null : HEADING.matcher(line);
            if (m != null && m.matches()) {
                add(article, heading, anchor, section.toString(), passages);
                heading = m.group(1);
                anchor = anchors.next(heading);
                section.setLength(0);
            } else {
                section.append(line).append('\n');
            }
        }
        add(article, heading, anchor, section.toString(), passages);
        return passages;
    }

    private static void add(Article article, String heading, String anchor, String text, List<Passage> out) {
        String url = anchor.isEmpty() || article.url().isEmpty() ? article.url() : article.url() + "#" + anchor;
        for (String piece : pieces(text)) {
            out.add(new Passage(article.id(), article.title(), heading, url, piece));
        }
    }

    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int words = 0;
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            int count = p.split("\\s+").length;
            if (words > 0 && words + count > MAX_WORDS) {
                pieces.add(piece.toString());
                piece.setLength(0);
                words = 0;
            }
            piece.append(piece.isEmpty() ? "" : "\n\n").append(p);
            words += count;
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
