package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * {@link EditorLlmSpendingContract} with the Redis cost ledger and analytics counters: the day's reservation script, its
 * settlement and the counters on a real Redis. Database 14 of REDIS_URL is this test's alone (the other Redis tests use
 * 0 and 15), since the day's cost totals are shared by everything on a database and the budget here is exact; its
 * {@code penny:*} keys are deleted before the node starts.
 */
class EditorLlmSpendingOnRedisIT extends EditorLlmSpendingContract {

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        String url = url();
        deletePennyKeys(url);
        registry.add("penny.redis.url", () -> url);
    }

    /** The charge is in Redis, in the day's cost hash (its key as {@code RedisKeys.dailyCost} writes it). */
    @AfterEach
    void theDaysHashHoldsTheEditorsSpendingAndNothingHeld() {
        try (Jedis jedis = new Jedis(URI.create(url()))) {
            Map<String, String> day = jedis.hgetAll("penny:day:{" + LocalDate.now(ZoneOffset.UTC) + "}:cost");
            assertThat(day)
                    .containsEntry("editor_llm_input_tokens:micro_usd", "600")
                    .containsEntry("editor_llm_output_tokens:micro_usd", "600")
                    .containsEntry("editor_llm_input_tokens:units", "4000")
                    .containsEntry("llm_held:micro_usd", "0");
        }
    }

    private static String url() {
        return TwoNodesOnRedisIT.redisUrl().replaceFirst("/15$", "/14");
    }

    private static void deletePennyKeys(String url) {
        try (Jedis jedis = new Jedis(URI.create(url))) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page =
                        jedis.scan(cursor, new ScanParams().match("penny:*").count(200));
                page.getResult().forEach(jedis::del);
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }
}
