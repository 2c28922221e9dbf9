package dev.penny.channels.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.soak.SoakOptions.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short soak CI runs, on the small test catalog (the nodes train on it at start-up): two Penny processes on a Redis of the soak's own, each fault once, visitors chatting
 * throughout. Nothing accepted is lost or answered twice, and every handoff is in the agents' queue.
 */
class SoakIT {

    @TempDir
    Path dir;

    @Test
    void loses_nothing_and_answers_nothing_twice_through_a_redis_restart_llm_errors_and_a_node_kill() throws Exception {
        Map<String, Object> figures = SoakCommand.soak(
                new SoakOptions(
                        2, 12, Duration.ofSeconds(30), EnumSet.allOf(Fault.class), 0, "catalog/test-bank.yml", null),
                dir);
        System.out.println(SoakReport.json(figures));

        assertThat((long) figures.get("accepted")).isPositive();
        assertThat((long) figures.get("answered")).isPositive();
        assertThat(figures.get("lost")).isEqualTo(0L);
        assertThat(figures.get("duplicates")).isEqualTo(0L);
        assertThat(figures.get("handoffs_queued")).isEqualTo((long) (int) figures.get("handoffs_requested"));
        Map<?, ?> faults = (Map<?, ?>) figures.get("faults");
        assertThat(faults.keySet().stream().map(Object::toString).toList())
                .containsExactlyInAnyOrder("llm-errors", "redis-restart", "node-kill");
        Map<?, ?> heap = (Map<?, ?>) figures.get("max_heap_mb");
        assertThat(heap.values().stream().map(mb -> (Double) mb).toList())
                .hasSize(2)
                .allSatisfy(mb -> assertThat(mb).isPositive());
    }
}
