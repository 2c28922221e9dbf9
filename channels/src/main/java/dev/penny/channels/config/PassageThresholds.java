package dev.penny.channels.config;

import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.retriever.PassageCalibration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passage threshold of one trained version, in order of precedence: {@code penny.policy.min-passage-score} when
 * configured; else the threshold calibrated for {@code penny.policy.passage-precision} on the catalog's own labelled
 * questions ({@link PassageCalibration}: intent examples that link to an article, else the articles' titles and
 * headings), when they are at least {@link PassageCalibration#MIN_QUESTIONS} and some score
 * reaches the precision on them; else {@link PolicySettings#DEFAULT_MIN_PASSAGE_SCORE}. Where no score reaches the
 * precision the questions are too few to show any threshold safe, not proof that none is, so the measured default
 * stays rather than quoting nothing. The origin goes into the settings, so the reasons that weigh a passage name it,
 * and into the log.
 */
final class PassageThresholds {

    private static final Logger log = LoggerFactory.getLogger(PassageThresholds.class);

    private PassageThresholds() {}

    static PolicySettings chosen(PolicyProperties properties, PassageCalibration passages, PolicySettings settings) {
        double fallback = PolicySettings.DEFAULT_MIN_PASSAGE_SCORE;
        if (properties.minPassageScore() != null) {
            log.info("Minimum passage score {} (configured)", number(properties.minPassageScore()));
            return settings.withMinPassageScore(properties.minPassageScore(), "configured");
        }
        double precision = properties.passagePrecision();
        if (!passages.calibrated()) {
            String origin = passages.questions() == 0
                    ? "default"
                    : "default: " + passages.questions() + " " + passages.source() + ", fewer than "
                            + PassageCalibration.MIN_QUESTIONS;
            log.info(
                    "Minimum passage score {} ({}; the catalog's own labelled questions calibrate it from {} on)",
                    number(fallback),
                    origin,
                    PassageCalibration.MIN_QUESTIONS);
            return settings.withMinPassageScore(fallback, origin);
        }
        Optional<OperatingPoint> point = passages.at(precision);
        OperatingPoint p = point.orElseThrow();
        if (p.heldOutCoverage() == 0 || p.threshold() > 1.0) {
            String origin = "default: no score reaches " + number(precision) + " precision on " + passages.questions()
                    + " " + passages.source();
            log.warn(
                    "Minimum passage score {} ({}; set penny.policy.min-passage-score, or a lower"
                            + " penny.policy.passage-precision, to choose another)",
                    number(fallback),
                    origin);
            return settings.withMinPassageScore(fallback, origin);
        }
        String origin = "calibrated for " + number(precision) + " precision on " + passages.questions() + " "
                + passages.source();
        log.info(
                "Minimum passage score {} ({}: coverage {}, precision {})",
                number(p.threshold()),
                origin,
                number(p.heldOutCoverage()),
                number(p.heldOutPrecision()));
        return settings.withMinPassageScore(p.threshold(), origin);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
