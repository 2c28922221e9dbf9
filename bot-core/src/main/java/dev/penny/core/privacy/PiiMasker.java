package dev.penny.core.privacy;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in visitor text with placeholders before the text leaves Penny: email addresses become
 * {@code [email]}, IBANs {@code [iban]}, national identity numbers {@code [national id]}, the word after "PIN",
 * "password" or "passcode" when it holds a digit {@code [secret]}, payment card numbers {@code [card]}, phone numbers
 * {@code [phone]}.
 *
 * <p>IBANs are two letters, two check digits and 11 to 30 letters or digits, written together or in groups of four,
 * that pass the mod-97 check. National ids are the shapes {@link NationalIds} lists. Card numbers are 13 to 19 digits,
 * optionally grouped by spaces or dashes, that pass the Luhn check, so order and tracking numbers survive. Phone
 * numbers are 10 to 15 digits, or 7 to 15 after a leading {@code +}, optionally grouped by spaces, dots, dashes or
 * parentheses. The masker errs towards masking: a long number that looks like a phone number is masked even if it is
 * something else. Stateless and safe to share.
 */
public final class PiiMasker {

    /**
     * The longest text masked, the longest any channel accepts (a visitor's or an agent's message); the rest of a longer
     * text is dropped before the patterns run, so a crafted text cannot make them backtrack for long.
     */
    public static final int MAX_CHARS = 4000;

    // Starts only where a run of address characters starts, never gives back what it took before the @, and repeats
    // groups a bounded number of times: Java's regex engine recurses once per repetition of a group, and a few thousand
    // overflow a thread's stack.
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\w.%+-])[\\w.%+-]++@[\\w-]+(?:\\.[\\w-]+){0,20}\\.\\p{Alpha}{2,}");
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    // The word after the keyword (and an optional "is", "number", ":" or "="), masked only when it holds a digit.
    private static final Pattern SECRET = Pattern.compile(
            "(?<=\\b(?:pin|password|passcode|passwd)\\b(?:\\s{0,3}(?:number|code|no\\.?))?(?:\\s{0,3}(?:is|was|=|:))?\\s{0,3})"
                    + "\\S*\\d\\S*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CARD = Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])\\+?\\(?\\d(?:[\\s().-]{0,2}\\d){6,40}(?!\\w)");

    /** {@code text}, cut to {@link #MAX_CHARS}, with the personal data listed above replaced. */
    public String mask(String text) {
        String capped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String masked = replace(EMAIL, capped, m -> true, "[email]");
        masked = replace(IBAN, masked, Iban::isValid, "[iban]");
        masked = replace(NationalIds.US_SSN, masked, NationalIds::isIssuableSsn, "[national id]");
        masked = replace(NationalIds.UK_NINO, masked, m -> true, "[national id]");
        masked = replace(NationalIds.KR_RRN, masked, m -> true, "[national id]");
        masked = replace(NationalIds.CA_SIN, masked, Luhn::isValid, "[national id]");
        masked = replace(SECRET, masked, m -> true, "[secret]");
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
