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

    // Markdown [label](target "title"), whose target may hold balanced parentheses as in CommonMark,
    // and CommonMark autolinks <scheme:...>.
    private static final Pattern MARKDOWN = Pattern.compile("\\[[^\\]]*]\\(\\s*<?((?:[^\\s()<>]|\\([^\\s()]*\\))*)");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*)>");

    private AnswerLinks() {}

    /** Why each unsafe link in {@code answer} is unsafe, in order of appearance. */
    static List<String> unsafe(String answer) {
        List<String> reasons = new ArrayList<>();
        for (Pattern pattern : List.of(MARKDOWN, AUTOLINK)) {
            Matcher matcher = pattern.matcher(answer);
            while (matcher.find()) {
                String target = matcher.group(1);
                if (target.isEmpty()) {
                    reasons.add("answer has a link without a target");
                } else if (!isWebLink(target)) {
                    reasons.add("answer links to '" + target + "'; only http(s) links are allowed");
                }
            }
        }
        return reasons;
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
