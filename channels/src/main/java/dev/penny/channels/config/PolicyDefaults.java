package dev.penny.channels.config;

import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.classifier.Calibration;
import dev.penny.intents.classifier.OperatingPoint;
import dev.penny.intents.retriever.PassageCalibration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the policy properties into settings for one trained catalog version. The minimum confidence is the one the
 * owner saved with the version, else the configured one, else the classifier's calibrated threshold for the
 * configured answered-precision, so the bot answers alone only where it was measured to be right that often; the
 * choice, and where each threshold came from, is logged. The passage threshold is chosen as {@link PassageThresholds}
 * says.
 */
public final class PolicyDefaults {

    private static final Logger log = LoggerFactory.getLogger(PolicyDefaults.class);

    private PolicyDefaults() {}

    static PolicySettings settings(PolicyProperties properties, Calibration calibration, boolean llmConfigured) {
        return settings(properties, calibration, PassageCalibration.NONE, llmConfigured, OptionalDouble.empty());
    }

    /** As {@link #settings(PolicyProperties, Calibration, PassageCalibration, boolean, OptionalDouble)} without articles. */
    public static PolicySettings settings(
            PolicyProperties properties, Calibration calibration, boolean llmConfigured, OptionalDouble saved) {
        return settings(properties, calibration, PassageCalibration.NONE, llmConfigured, saved);
    }

    /**
     * @param passages the articles' own questions, for the passage threshold unless one is configured
     * @param saved the minimum answer confidence saved with the catalog version, which outranks the others
     */
    public static PolicySettings settings(
            PolicyProperties properties,
            Calibration calibration,
            PassageCalibration passages,
            boolean llmConfigured,
            OptionalDouble saved) {
        PolicySettings defaults = PolicySettings.defaults();
        double minConfidence;
        if (saved.isPresent()) {
            minConfidence = saved.getAsDouble();
            log.info("Minimum answer confidence {} (saved with the catalog version)", number(minConfidence));
        } else {
            minConfidence = minAnswerConfidence(properties, calibration, defaults);
        }
        PolicySettings settings = new PolicySettings(
                minConfidence,
                logged("choice margin", properties.choiceMargin(), defaults.choiceMargin()),
                logged("minimum grounding score", properties.minGroundingScore(), defaults.minGroundingScore()),
                llmConfigured,
                properties.handoffIntent() == null ? defaults.handoffIntentId() : properties.handoffIntent(),
                defaults.handoffPhrases(),
                properties.maxChoices() == null ? defaults.maxChoices() : properties.maxChoices(),
                properties.groundingEntries() == null ? defaults.groundingEntries() : properties.groundingEntries(),
                0.0);
        settings = PassageThresholds.chosen(properties, passages, settings);
        if (properties.outOfScopeIntent() != null
                && !properties.outOfScopeIntent().isBlank()) {
            settings = settings.withOutOfScopeIntent(properties.outOfScopeIntent());
        }
        log.info(
                "Escalation policy: {}",
                llmConfigured ? "an LLM answers unsure questions" : "no LLM: unsure questions go to a person");
        return settings;
    }

    private static double minAnswerConfidence(
            PolicyProperties properties, Calibration calibration, PolicySettings defaults) {
        if (properties.minAnswerConfidence() != null) {
            log.info("Minimum answer confidence {} (configured)", number(properties.minAnswerConfidence()));
            return properties.minAnswerConfidence();
        }
        double precision = properties.answeredPrecision();
        Optional<OperatingPoint> point = calibration.at(precision).or(() -> stricter(calibration, precision));
        if (point.isEmpty()) {
            log.warn(
                    "Minimum answer confidence {} (default: the classifier has no calibrated operating point at {}"
                            + " answered-precision or above; add it to the training options' target precisions)",
                    number(defaults.minAnswerConfidence()),
                    number(precision));
            return defaults.minAnswerConfidence();
        }
        OperatingPoint p = point.get();
        String measuredOn = calibration.heldOutExamples()
                + (calibration.outOfFold() ? " out-of-fold examples" : " held-out examples");
        if (p.heldOutCoverage() == 0) {
            log.warn(
                    "Minimum answer confidence 1 (calibrated for {} answered-precision: on {} no confidence reaches"
                            + " it with margin, so the bot answers nothing from the FAQ on its own; more examples per"
                            + " intent, or a lower penny.policy.answered-precision, let it answer)",
                    number(p.targetPrecision()),
                    measuredOn);
            return 1.0;
        }
        log.info(
                "Minimum answer confidence {} (calibrated for {} answered-precision on {}: coverage {}, precision {})",
                number(p.threshold()),
                number(p.targetPrecision()),
                measuredOn,
                number(p.heldOutCoverage()),
                number(p.heldOutPrecision()));
        return p.threshold();
    }

    /** The least strict operating point above the asked precision: a threshold that at least keeps it. */
    private static Optional<OperatingPoint> stricter(Calibration calibration, double precision) {
        return calibration.operatingPoints().stream()
                .filter(p -> p.targetPrecision() > precision)
                .min(Comparator.comparingDouble(OperatingPoint::targetPrecision));
    }

    private static double logged(String name, Double configured, double fallback) {
        double value = configured == null ? fallback : configured;
        log.info("Policy {} {} ({})", name, number(value), configured == null ? "default" : "configured");
        return value;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
