package dev.penny.channels.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.springframework.dao.DataAccessException;

/**
 * What a limit shared on Redis does when Redis does not answer: it counts on this node alone rather than refusing
 * everyone or lifting the limit. A warning when that starts, a line when Redis answers again, and a counter (one per
 * tag value) of the acts counted alone.
 */
final class LocalFallback {

    private final Logger log;
    private final String what;
    private final MeterRegistry meters;
    private final String meter;
    private final String description;
    private final String tag;
    private final AtomicBoolean failingOpen = new AtomicBoolean();
    private final Map<String, Counter> counts = new ConcurrentHashMap<>();

    /**
     * @param what the limits, as a sentence's subject: {@code "abuse allowances"}
     * @param meter the counter's name; {@code description} its description, {@code tag} the name of its one tag
     */
    LocalFallback(Logger log, String what, MeterRegistry meters, String meter, String description, String tag) {
        this.log = log;
        this.what = what;
        this.meters = meters;
        this.meter = meter;
        this.description = description;
        this.tag = tag;
    }

    /** What {@code shared} answers; what {@code local} answers when Redis does not. */
    <T> T call(String tagValue, Supplier<T> shared, Supplier<T> local) {
        T answer;
        try {
            answer = shared.get();
        } catch (DataAccessException e) {
            failed(tagValue, e);
            return local.get();
        }
        if (failingOpen.compareAndSet(true, false)) {
            log.info("Redis answers again: {} are shared by every node again", what);
        }
        return answer;
    }

    /** Runs {@code shared}, or {@code local} when Redis does not answer. */
    void run(String tagValue, Runnable shared, Runnable local) {
        call(
                tagValue,
                () -> {
                    shared.run();
                    return null;
                },
                () -> {
                    local.run();
                    return null;
                });
    }

    private void failed(String tagValue, DataAccessException e) {
        if (failingOpen.compareAndSet(false, true)) {
            log.warn("Redis does not answer ({}): {} are counted on this node alone until it does", e.toString(), what);
        }
        counts.computeIfAbsent(
                        tagValue,
                        value -> Counter.builder(meter)
                                .description(description)
                                .tag(tag, value)
                                .register(meters))
                .increment();
    }
}
