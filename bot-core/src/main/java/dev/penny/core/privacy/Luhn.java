package dev.penny.core.privacy;

/** The Luhn checksum every payment card number satisfies; it tells card numbers from order or tracking numbers. */
final class Luhn {

    private Luhn() {}

    /** True when the digits of {@code number} (other characters ignored) pass the Luhn check. */
    static boolean isValid(CharSequence number) {
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int digit = c - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
