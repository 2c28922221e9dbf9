package dev.penny.intents.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Answered-precision against automation rate, with what the questions left over cost, at thresholds 0.00 to 1.00 in
 * steps of 0.05. Wrong answers count as automated: the owner sees them in the precision, not in the cost.
 */
final class AutomationCurve {

    static final int STEPS = 20;

    private AutomationCurve() {}

    static List<CurvePoint> of(List<Verdict> verdicts, CostRates rates) {
        List<CurvePoint> curve = new ArrayList<>(STEPS + 1);
        for (int step = 0; step <= STEPS; step++) {
            double threshold = step / (double) STEPS;
            int answered = 0;
            int right = 0;
            for (Verdict v : verdicts) {
                if (v.answeredAt(threshold)) {
                    answered++;
                    right += v.right() ? 1 : 0;
                }
            }
            double automation = verdicts.isEmpty() ? 0 : answered / (double) verdicts.size();
            double escalated = 1 - automation;
            curve.add(new CurvePoint(
                    threshold,
                    automation,
                    answered == 0 ? 1 : right / (double) answered,
                    rates.per1000Conversations(escalated, rates.llmMicrosPerEscalation()),
                    rates.per1000Conversations(escalated, rates.agentMicrosPerEscalation())));
        }
        return curve;
    }
}
