package dev.penny.core.engine;

import dev.penny.core.llm.GroundedQuestion;
import dev.penny.core.understanding.FaqMatch;
import dev.penny.core.understanding.PassageMatch;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps only the links of an LLM answer that its grounding holds: a link the model made up, or copied from the
 * visitor's question, could send visitors anywhere. A Markdown link to anywhere else keeps its label and loses its
 * target; a bare or angle-bracketed URL anywhere else is removed.
 */
final class GroundedLinks {

    // a target may hold one level of parentheses, as javascript:alert(1) does
    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[([^\\]\\n]*)\\]\\(\\s*<?((?:[^()\\s<>]|\\([^()\\s<>]*\\))*)>?\\s*\\)");
    private static final Pattern BARE_URL = Pattern.compile(
            "<?\\b(?:https?|ftp|file|javascript|data|vbscript|mailto):[^\\s<>()\\[\\]\"']+>?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WWW = Pattern.compile("<?\\bwww\\.[^\\s<>()\\[\\]\"']+>?", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?";

    private final Set<String> allowed = new HashSet<>();

    GroundedLinks(GroundedQuestion question) {
        for (FaqMatch match : question.faq()) {
            allowLinksIn(match.entry().answer());
        }
        for (PassageMatch match : question.passages()) {
            allowLinksIn(match.passage().text());
            String url = match.passage().url();
            if (!url.isEmpty()) {
                allowed.add(url);
                int anchor = url.indexOf('#');
                allowed.add(anchor < 0 ? url : url.substring(0, anchor));
            }
        }
    }

    /** {@code text} with every link the grounding does not hold taken out. */
    String keepGrounded(String text) {
        StringBuilder out = new StringBuilder();
        Matcher links = MARKDOWN_LINK.matcher(text);
        int at = 0;
        while (links.find()) {
            out.append(withoutUngroundedUrls(text.substring(at, links.start())));
            String label = links.group(1);
            String target = links.group(2);
            out.append(allowed.contains(target) ? links.group() : withoutUngroundedUrls(label));
            at = links.end();
        }
        out.append(withoutUngroundedUrls(text.substring(at)));
        return out.toString()
                .replaceAll("[ \\t]{2,}", " ")
                .replaceAll(" +([.,;:!?])", "$1")
                .strip();
    }

    private String withoutUngroundedUrls(String text) {
        return remove(WWW, remove(BARE_URL, text));
    }

    // an ungrounded URL goes, the sentence's punctuation after it stays
    private String remove(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll(m -> {
            String found = m.group();
            if (allowed(found)) {
                return Matcher.quoteReplacement(found);
            }
            int end = found.length();
            while (end > 0 && TRAILING.indexOf(found.charAt(end - 1)) >= 0) {
                end--;
            }
            return Matcher.quoteReplacement(found.substring(end));
        });
    }

    private boolean allowed(String found) {
        String url = found.startsWith("<") && found.endsWith(">") ? found.substring(1, found.length() - 1) : found;
        while (!allowed.contains(url) && !url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        return allowed.contains(url);
    }

    private void allowLinksIn(String text) {
        Matcher links = MARKDOWN_LINK.matcher(text);
        while (links.find()) {
            allowed.add(links.group(2));
        }
        for (Pattern bare : new Pattern[] {BARE_URL, WWW}) {
            Matcher m = bare.matcher(text);
            while (m.find()) {
                String url = m.group();
                url = url.startsWith("<") && url.endsWith(">") ? url.substring(1, url.length() - 1) : url;
                allowed.add(url);
                while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                    url = url.substring(0, url.length() - 1);
                    allowed.add(url);
                }
            }
        }
    }
}
