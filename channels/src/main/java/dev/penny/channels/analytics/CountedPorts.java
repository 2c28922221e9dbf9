package dev.penny.channels.analytics;

import dev.penny.core.analytics.SupportAnalytics;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.ObservedCostLedger;
import dev.penny.core.feedback.FeedbackStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the cost ledger and the feedback store, whichever beans they are (Penny's or the application's), so what they
 * record is counted for analytics too, without the engine knowing. The analytics are looked up on first use: a bean
 * post-processor is made before the beans it would otherwise depend on.
 */
final class CountedPorts implements BeanPostProcessor {

    private final ObjectProvider<SupportAnalytics> analytics;

    CountedPorts(ObjectProvider<SupportAnalytics> analytics) {
        this.analytics = analytics;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CostLedger ledger && !(bean instanceof ObservedCostLedger)) {
            return new ObservedCostLedger(ledger, new CostCounting(analytics::getObject));
        }
        if (bean instanceof FeedbackStore store && !(bean instanceof CountedFeedbackStore)) {
            return new CountedFeedbackStore(store, analytics::getObject);
        }
        return bean;
    }
}
