package dev.penny.channels.ops;

import dev.penny.intents.classifier.OnnxIntentClassifier;
import dev.penny.intents.understanding.CatalogUnderstanding;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@code model}: up once the encoder is loaded and the classifier trained, which the application needs to start. */
final class ModelHealthIndicator implements HealthIndicator {

    private final CatalogUnderstanding understanding;

    ModelHealthIndicator(CatalogUnderstanding understanding) {
        this.understanding = understanding;
    }

    @Override
    public Health health() {
        OnnxIntentClassifier classifier = understanding.classifier();
        return Health.up()
                .withDetail("encoder", classifier.encoder().name())
                .withDetail("dimension", classifier.encoder().dimension())
                .withDetail("intents", classifier.intentIds().size())
                .withDetail("heldOutExamples", classifier.calibration().heldOutExamples())
                .build();
    }
}
