package dev.penny.intents.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in an answer that the widget must not render: only absolute http(s) links are safe to
 * turn into elements ({@code javascript:} or {@code data:} links would run in the host page).
 */
final class AnswerLinks {

    // Markdown [label](target "title") up to its target, which targetEnd() reads, and CommonMark autolinks
    // <scheme:...>.
    // The label holds no bracket, so a scan from one [ stops at the next and the search stays linear on an answer full
    // of brackets; the target is read by a loop, where a repeated regex group would recurse once per character and
    // overflow the stack on a long one.
    private static final Pattern MARKDOWN = Pattern.compile("\\[[^\\[\\]]*]\\(\\s*<?");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*)>");

    private AnswerLinks() {}

    /** Why each unsafe link in {@code answer} is unsafe, in order of appearance. */
    static List<String> unsafe(String answer) {
        List<String> reasons = new ArrayList<>();
        Matcher markdown = MARKDOWN.matcher(answer);
        int at = 0;
        while (at < answer.length() && markdown.find(at)) {
            at = targetEnd(answer, markdown.end());
            check(answer.substring(markdown.end(), at), reasons);
        }
        Matcher autolink = AUTOLINK.matcher(answer);
        while (autolink.find()) {
            check(autolink.group(1), reasons);
        }
        return reasons;
    }

    private static void check(String target, List<String> reasons) {
        if (target.isEmpty()) {
            reasons.add("answer has a link without a target");
        } else if (!isWebLink(target)) {
            reasons.add("answer links to '" + target + "'; only http(s) links are allowed");
        }
    }

    /**
     * Where a link target starting at {@code from} ends, as CommonMark reads one: at whitespace, an angle bracket or an
     * unbalanced parenthesis; a parenthesised part without whitespace or nested parentheses belongs to it.
     */
    private static int targetEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(') {
                int close = i + 1;
                while (close < text.length() && "()".indexOf(text.charAt(close)) < 0 && !isSpace(text.charAt(close))) {
                    close++;
                }
                if (close == text.length() || text.charAt(close) != ')') {
                    return i;
                }
                i = close + 1;
            } else if (isSpace(c) || c == ')' || c == '<' || c == '>') {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }

    /** Whitespace as the regex class {@code \s} knows it. */
    private static boolean isSpace(char c) {
        return " \t\n\u000B\f\r".indexOf(c) >= 0;
    }

    private static boolean isWebLink(String target) {
        try {
            URI uri = new URI(target);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
