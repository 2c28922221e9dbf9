package dev.penny.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crafted texts of a megabyte, each built to make one of the masker's patterns backtrack or recurse, are masked within
 * a generous bound: the text is cut to {@link PiiMasker#MAX_CHARS} before any pattern runs. Uncut, the first ones run
 * for minutes and the others overflow the stack.
 */
class PathologicalTextTest {

    private static final int MEGABYTE = 1 << 20;
    private final PiiMasker masker = new PiiMasker();

    static Stream<String> crafted() {
        return Stream.of(
                "a".repeat(MEGABYTE),
                "1".repeat(MEGABYTE) + "x",
                "a.".repeat(MEGABYTE / 2) + "@",
                "a@" + "b.".repeat(MEGABYTE / 2) + "1",
                "1 ".repeat(MEGABYTE / 2) + "x",
                "+(1".repeat(MEGABYTE / 3) + "a",
                "pin ".repeat(MEGABYTE / 4) + "1",
                "DE12 ABCD ".repeat(MEGABYTE / 10) + "x");
    }

    @ParameterizedTest
    @MethodSource("crafted")
    void a_crafted_megabyte_is_masked_within_seconds(String text) {
        String masked = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> masker.mask(text));

        assertThat(masked.length()).isLessThanOrEqualTo(PiiMasker.MAX_CHARS);
    }

    @Test
    void what_lies_beyond_the_cap_is_dropped_not_passed_on_unmasked() {
        String text = "x ".repeat(PiiMasker.MAX_CHARS / 2 - 10) + "write to jane.doe@example.com please";

        String masked = masker.mask(text);

        assertThat(masked).hasSize(PiiMasker.MAX_CHARS).doesNotContain("jane.doe@example.com");
        assertThat(masker.mask("x ".repeat(100) + "write to jane.doe@example.com"))
                .endsWith("write to [email]");
    }
}
