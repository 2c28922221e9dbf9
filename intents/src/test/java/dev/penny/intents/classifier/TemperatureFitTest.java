package dev.penny.intents.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureFitTest {

    @Test
    void softens_an_overconfident_classifier() {
        // logits that always put the winner far ahead, but the winner is right only 70% of the time
        Random random = new Random(7);
        List<double[]> logits = new ArrayList<>();
        int[] labels = new int[500];
        for (int i = 0; i < labels.length; i++) {
            logits.add(new double[] {10, 0, 0});
            labels[i] = random.nextDouble() < 0.7 ? 0 : 1 + random.nextInt(2);
        }
        double t = TemperatureFit.fit(logits, labels);
        double calibrated = SoftmaxHead.softmax(logits.get(0), t)[0];
        assertThat(t).isGreaterThan(1.0);
        assertThat(calibrated).isBetween(0.6, 0.8);
    }
}
