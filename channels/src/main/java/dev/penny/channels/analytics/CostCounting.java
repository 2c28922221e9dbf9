package dev.penny.channels.analytics;

import dev.penny.core.analytics.SupportAnalytics;
import dev.penny.core.cost.CostEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts recorded costs for analytics, as an observer of the ledger; a failure to count is only logged. */
final class CostCounting implements Consumer<List<CostEvent>> {

    private static final Logger log = LoggerFactory.getLogger(CostCounting.class);

    private final Supplier<SupportAnalytics> analytics;

    CostCounting(Supplier<SupportAnalytics> analytics) {
        this.analytics = analytics;
    }

    @Override
    public void accept(List<CostEvent> events) {
        try {
            analytics.get().onCosts(events);
        } catch (RuntimeException e) {
            log.warn("Could not count {} costs for analytics: {}", events.size(), e.toString());
        }
    }
}
