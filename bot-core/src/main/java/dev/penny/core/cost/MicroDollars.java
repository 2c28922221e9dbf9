package dev.penny.core.cost;

/** Money for people: micro-dollars written as dollars with six decimals, without going through a float. */
final class MicroDollars {

    private static final long PER_DOLLAR = 1_000_000L;

    private MicroDollars() {}

    static String format(long microDollars) {
        String sign = microDollars < 0 ? "-" : "";
        long abs = Math.abs(microDollars);
        return String.format("%s$%d.%06d", sign, abs / PER_DOLLAR, abs % PER_DOLLAR);
    }
}
