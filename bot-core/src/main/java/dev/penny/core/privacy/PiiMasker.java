package dev.penny.core.privacy;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in visitor text with placeholders before the text leaves Penny: email addresses become
 * {@code [email]}, payment card numbers {@code [card]}, phone numbers {@code [phone]}.
 *
 * <p>Card numbers are 13 to 19 digits, optionally grouped by spaces or dashes, that pass the Luhn check, so order and
 * tracking numbers survive. Phone numbers are 10 to 15 digits, or 7 to 15 after a leading {@code +}, optionally
 * grouped by spaces, dots, dashes or parentheses. The masker errs towards masking: a long number that looks like a
 * phone number is masked even if it is something else. Stateless and safe to share.
 */
public final class PiiMasker {

    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{Alpha}{2,}");
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){6,}(?!\\w)");

    /** {@code text} with emails, card numbers and phone numbers replaced. */
    public String mask(String text) {
        String masked = replace(EMAIL, text, m -> true, "[email]");
        masked = replace(CARD, masked, Luhn::isValid, "[card]");
        return replace(PHONE, masked, PiiMasker::isPhoneNumber, "[phone]");
    }

    private static boolean isPhoneNumber(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        int min = candidate.startsWith("+") ? 7 : 10;
        return digits >= min && digits <= 15;
    }

    private static String replace(Pattern pattern, String text, Predicate<String> accept, String placeholder) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String found = matcher.group();
            matcher.appendReplacement(out, accept.test(found) ? placeholder : Matcher.quoteReplacement(found));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
