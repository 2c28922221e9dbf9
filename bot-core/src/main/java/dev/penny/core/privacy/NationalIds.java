package dev.penny.core.privacy;

import java.util.regex.Pattern;

/**
 * The shapes of national identity numbers Penny masks: US Social Security numbers (written {@code 123-45-6789} or
 * {@code 123 45 6789}, with the ranges never issued left alone), UK National Insurance numbers, Korean resident
 * registration numbers and Canadian social insurance numbers (grouped, Luhn-valid).
 */
final class NationalIds {

    static final Pattern US_SSN = Pattern.compile("(?<![\\d-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\d-])");
    static final Pattern UK_NINO = Pattern.compile(
            "(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                    + "(?: ?\\d{2}){3} ?[A-D](?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    static final Pattern KR_RRN =
            Pattern.compile("(?<![\\d-])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])-[1-8]\\d{6}(?![\\d-])");
    static final Pattern CA_SIN = Pattern.compile("(?<![\\d-])\\d{3}([- ])\\d{3}\\1\\d{3}(?![\\d-])");

    private NationalIds() {}

    /** A US SSN in an issuable range: area not 000, 666 or 9xx; group not 00; serial not 0000. */
    static boolean isIssuableSsn(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        int area = Integer.parseInt(digits.substring(0, 3));
        return area != 0
                && area != 666
                && area < 900
                && !digits.substring(3, 5).equals("00")
                && !digits.substring(5).equals("0000");
    }
}
