package dev.penny.channels.config;

import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.classifier.Calibration;
import dev.penny.intents.retriever.PassageCalibration;
import java.util.OptionalDouble;

/**
 * Chooses the escalation policy of each trained catalog version. Penny's own ({@link #calibrated}) takes the
 * configured {@code penny.policy.*} thresholds and, unless one is configured or saved with the version, the
 * classifier's calibrated minimum confidence, and unless configured, the passage threshold calibrated on the articles; an application that wants fixed settings defines a {@link
 * PolicySettings} bean (see {@link #fixed}), or its own {@code VersionPolicy} bean.
 */
@FunctionalInterface
public interface VersionPolicy {

    /**
     * @param calibration the version's classifier calibration
     * @param passages the version's passage calibration, on its articles' own titles and headings
     * @param saved the minimum answer confidence the catalog owner saved with the version, if any
     */
    PolicySettings settings(Calibration calibration, PassageCalibration passages, OptionalDouble saved);

    /** The configured thresholds, completed from the calibration; the choice is logged. */
    static VersionPolicy calibrated(PolicyProperties properties, boolean llmConfigured) {
        return (calibration, passages, saved) ->
                PolicyDefaults.settings(properties, calibration, passages, llmConfigured, saved);
    }

    /** The same settings for every version, whatever its calibration or saved threshold. */
    static VersionPolicy fixed(PolicySettings settings) {
        return (calibration, passages, saved) -> settings;
    }
}
