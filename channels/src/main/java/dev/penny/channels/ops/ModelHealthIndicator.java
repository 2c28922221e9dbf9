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
        Health.Builder health = Health.up()
                .withDetail("catalogVersion", served.number())
                .withDetail("intents", served.catalog().intents().size());
        // an application's own understanding has no encoder to describe
        if (served.understanding().classifier() instanceof OnnxIntentClassifier classifier) {
            health.withDetail("encoder", classifier.modelName())
                    .withDetail("dimension", classifier.encoder().dimension())
                    .withDetail("heldOutExamples", classifier.calibration().heldOutExamples());
        }
        return health.build();
    }
}
