package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.analytics.AnalyticsCountersContract;
import dev.penny.core.analytics.Granularity;
import dev.penny.core.conversation.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedisAnalyticsCountersIT extends AnalyticsCountersContract {

    private final RedisTestServer redis = RedisTestServer.get();

    @Override
    protected AnalyticsCounters newCounters(
            Clock clock, Duration hoursKept, Duration daysKept, Duration conversationTtl) {
        return new RedisAnalyticsCounters(redis.template(), clock, hoursKept, daysKept, conversationTtl);
    }

    @Override
    protected void letTimePass(Duration duration) {
        super.letTimePass(duration);
        Sleep.through(duration);
    }

    @Test
    void every_key_has_the_schemas_name_and_a_ttl_of_what_is_left_of_its_retention() {
        AnalyticsCounters counters = newCounters(clock, Duration.ofDays(14), Duration.ofDays(400), Duration.ofHours(1));
        ConversationId ana = ConversationId.random();
        counters.add(Instant.parse("2026-12-06T10:30:00Z"), "v1", Map.of("conversations", 1L));
        counters.firstTime(ana, "handed-off");

        String hour = "penny:analytics:{2026-12-06T10}:hour";
        String day = "penny:analytics:{2026-12-06}:day";
        assertThat(RedisKeys.analytics(Granularity.HOUR, Instant.parse("2026-12-06T10:00:00Z")))
                .isEqualTo(hour);
        assertThat(redis.template().opsForHash().entries(hour)).containsEntry("v1|conversations", "1");
        // the clock stands at 10:59:58: 14 days from 10:00, less 59 min 58 s
        assertThat(redis.template().getExpire(hour))
                .isBetween(
                        Duration.ofDays(14).minusMinutes(60).toSeconds(),
                        Duration.ofDays(14).toSeconds());
        assertThat(redis.template().getExpire(day))
                .isBetween(
                        Duration.ofDays(399).toSeconds(), Duration.ofDays(400).toSeconds());
        assertThat(redis.template().getExpire("penny:conversation:{" + ana.value() + "}:analytics-marks"))
                .isBetween(3500L, 3600L);
    }
}
