package dev.penny.channels.ops;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.intents.classifier.OnnxIntentClassifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@code model}: up once the encoder is loaded and the classifier trained, which the application needs to start. */
final class ModelHealthIndicator implements HealthIndicator {

    private final ServedCatalog served;

    ModelHealthIndicator(ServedCatalog served) {
        this.served = served;
    }

    @Override
    public Health health() {
        OnnxIntentClassifier classifier = served.understanding().classifier();
        return Health.up()
                .withDetail("catalogVersion", served.number())
                .withDetail("encoder", classifier.modelName())
                .withDetail("dimension", classifier.encoder().dimension())
                .withDetail("intents", classifier.intentIds().size())
                .withDetail("heldOutExamples", classifier.calibration().heldOutExamples())
                .build();
    }
}
