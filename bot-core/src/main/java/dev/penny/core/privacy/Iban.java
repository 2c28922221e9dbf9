package dev.penny.core.privacy;

import java.util.Locale;

/** The ISO 13616 check every IBAN satisfies (mod 97 equals 1), which tells IBANs from other letter-digit codes. */
final class Iban {

    private Iban() {}

    /** True when {@code candidate} (spaces ignored, any case) is a checksum-valid IBAN. */
    static boolean isValid(CharSequence candidate) {
        String compact = candidate.toString().replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            if (value < 0) {
                return false;
            }
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }
}
