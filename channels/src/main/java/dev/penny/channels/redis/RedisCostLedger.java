package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.cost.BudgetVerdict;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.cost.LlmBudget;
import dev.penny.core.cost.LlmReservation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import redis.clients.jedis.Response;

/**
 * Costs in Redis: integer micro-dollars and units per {@link CostKind}, added with {@code HINCRBY} to the
 * conversation's hash and to the day's, so events recorded on any node at once are all counted. The schema is in
 * {@link RedisKeys}.
 */
final class RedisCostLedger implements CostLedger {

    private static final String UNITS = ":units";
    private static final String MICRO_DOLLARS = ":micro_usd";

    // KEYS: a cost hash. ARGV: its time to live in ms, then field and increment pairs. Sent as EVAL in a pipeline:
    // Redis caches the compiled script by its hash, and a pipelined EVALSHA could not fall back on NOSCRIPT.
    private static final byte[] INCREMENT = bytes("""
            for i = 2, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """);

    // KEYS: a cost hash. ARGV: amount to hold, budget (-1: none), ttl in ms. What is spent on the LLM (every kind whose
    // CostKind.llm() is true: visitors' and the editor's) and held by calls running is checked against the budget and
    // the amount held in one step; returns {1 held | 0 refused, spent}.
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> RESERVE = new DefaultRedisScript<>("""
            local spent = 0
            for _, field in ipairs({'llm_input_tokens:micro_usd', 'llm_output_tokens:micro_usd',
                'editor_llm_input_tokens:micro_usd', 'editor_llm_output_tokens:micro_usd', 'llm_held:micro_usd'}) do
              spent = spent + tonumber(redis.call('HGET', KEYS[1], field) or '0')
            end
            local amount, budget = tonumber(ARGV[1]), tonumber(ARGV[2])
            if budget >= 0 and (spent >= budget or amount > budget - spent) then return {0, spent} end
            redis.call('HINCRBY', KEYS[1], 'llm_held:micro_usd', ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return {1, spent}
            """, List.class);

    private static final String HELD = "llm_held" + MICRO_DOLLARS;

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration conversationRetention;
    private final int daysKept;

    /**
     * @param conversationRetention a conversation's totals are forgotten this long after its last event
     * @param daysKept daily totals are kept for today and the {@code daysKept - 1} days before it
     */
    RedisCostLedger(StringRedisTemplate redis, Clock clock, Duration conversationRetention, int daysKept) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.conversationRetention = Objects.requireNonNull(conversationRetention, "conversationRetention");
        if (conversationRetention.toMillis() <= 0 || daysKept < 1) {
            throw new IllegalArgumentException("conversationRetention must be positive and daysKept at least 1");
        }
        this.daysKept = daysKept;
    }

    @Override
    public void record(CostEvent event) {
        recordAll(List.of(event));
    }

    @Override
    public void recordAll(List<CostEvent> events) {
        record(events, null);
    }

    /**
     * Holds the amount on the day's hash, then on the conversation's (two slots on a Cluster, so two scripts, each
     * atomic); when the conversation refuses, the day's hold is given back. Neither budget can be overshot: each is
     * checked and held in one step on its own key.
     */
    @Override
    public LlmReservation reserveLlm(ConversationId id, LlmBudget budget, long microDollars) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        String day = RedisKeys.dailyCost(today);
        String conversation = RedisKeys.cost(id);
        List<?> dayHeld = hold(day, microDollars, budget.perDayMicroDollars(), dayLeft(now, today));
        if (!held(dayHeld)) {
            return refused(id, today, budget.check(0, spent(dayHeld), microDollars));
        }
        List<?> conversationHeld =
                hold(conversation, microDollars, budget.perConversationMicroDollars(), conversationRetention);
        if (!held(conversationHeld)) {
            release(day, microDollars);
            return refused(id, today, budget.check(spent(conversationHeld), spent(dayHeld), microDollars));
        }
        return new LlmReservation(
                id, today, microDollars, budget.check(spent(conversationHeld), spent(dayHeld), microDollars));
    }

    /** Holds the amount on the day's hash alone, in one script: the editor's calls belong to no conversation. */
    @Override
    public LlmReservation reserveDailyLlm(LlmBudget budget, long microDollars) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LlmBudget daily = budget.dailyOnly();
        List<?> dayHeld =
                hold(RedisKeys.dailyCost(today), microDollars, daily.perDayMicroDollars(), dayLeft(now, today));
        BudgetVerdict verdict = daily.check(0, spent(dayHeld), microDollars);
        return held(dayHeld) ? new LlmReservation(null, today, microDollars, verdict) : refused(null, today, verdict);
    }

    @Override
    public void settleLlm(LlmReservation reservation, List<CostEvent> actual) {
        record(actual, reservation.granted() ? reservation : null);
    }

    private List<?> hold(String key, long microDollars, long budget, Duration timeToLive) {
        return redis.execute(
                RESERVE,
                List.of(key),
                Long.toString(microDollars),
                Long.toString(budget == Long.MAX_VALUE ? -1 : budget),
                Long.toString(Math.max(1, timeToLive.toMillis())));
    }

    private void release(String key, long microDollars) {
        redis.opsForHash().increment(key, HELD, -microDollars);
    }

    private static boolean held(List<?> result) {
        return result != null && ((Number) result.get(0)).longValue() == 1;
    }

    private static long spent(List<?> result) {
        return ((Number) result.get(1)).longValue();
    }

    private static LlmReservation refused(ConversationId id, LocalDate today, BudgetVerdict verdict) {
        return new LlmReservation(id, today, 0, verdict);
    }

    private Duration dayLeft(Instant now, LocalDate today) {
        return Duration.between(
                now, today.plusDays(daysKept).atStartOfDay(clock.getZone()).toInstant());
    }

    /** Records the events and, when settling, gives back what {@code settled} held, one script per hash. */
    private void record(List<CostEvent> events, LlmReservation settled) {
        if (events.isEmpty() && settled == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Duration dayLeft = dayLeft(now, today);
        Map<String, Increments> byKey = new LinkedHashMap<>();
        if (settled != null) {
            Duration heldDayLeft = Duration.between(
                    now,
                    settled.day()
                            .plusDays(daysKept)
                            .atStartOfDay(clock.getZone())
                            .toInstant());
            if (settled.conversationId() != null) {
                byKey.computeIfAbsent(
                                RedisKeys.cost(settled.conversationId()), k -> new Increments(conversationRetention))
                        .release(settled.microDollars());
            }
            byKey.computeIfAbsent(RedisKeys.dailyCost(settled.day()), k -> new Increments(heldDayLeft))
                    .release(settled.microDollars());
        }
        for (CostEvent event : events) {
            if (event.conversationId() != null) {
                byKey.computeIfAbsent(
                                RedisKeys.cost(event.conversationId()), k -> new Increments(conversationRetention))
                        .add(event);
            }
            byKey.computeIfAbsent(RedisKeys.dailyCost(today), k -> new Increments(dayLeft))
                    .add(event);
        }
        // One script call per hash, pipelined: each is atomic, and the conversation's and the day's hashes live in
        // different cluster slots, so they cannot share one script.
        RedisPipelines.run(redis, pipeline -> {
            byKey.forEach((key, increments) -> pipeline.eval(INCREMENT, 1, increments.arguments(key)));
            return () -> null;
        });
    }

    /** The counters one record call adds to one hash, summed per field, and the hash's new time to live. */
    private static final class Increments {
        private final Duration timeToLive;
        private final Map<String, Long> byField = new LinkedHashMap<>();

        Increments(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }

        void release(long microDollars) {
            byField.merge(HELD, -microDollars, Long::sum);
        }

        void add(CostEvent event) {
            String kind = field(event.kind());
            byField.merge(kind + UNITS, event.units(), Long::sum);
            byField.merge(kind + MICRO_DOLLARS, event.microDollars(), Long::sum);
        }

        /** The script's key, then its arguments: time to live, then field and increment pairs. */
        byte[][] arguments(String key) {
            byte[][] out = new byte[2 + 2 * byField.size()][];
            out[0] = bytes(key);
            out[1] = bytes(Long.toString(timeToLive.toMillis()));
            int i = 2;
            for (Map.Entry<String, Long> counter : byField.entrySet()) {
                out[i++] = bytes(counter.getKey());
                out[i++] = bytes(Long.toString(counter.getValue()));
            }
            return out;
        }
    }

    @Override
    public CostTotals conversationTotals(ConversationId id) {
        return totals(RedisKeys.cost(id));
    }

    /** One pipeline of HGETALLs: one round trip per Redis node. */
    @Override
    public List<CostTotals> conversationTotalsOfEach(List<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return RedisPipelines.run(redis, pipeline -> {
            List<Response<Map<String, String>>> hashes =
                    ids.stream().map(id -> pipeline.hgetAll(RedisKeys.cost(id))).toList();
            return () -> hashes.stream().map(h -> totals(h.get())).toList();
        });
    }

    @Override
    public void erase(ConversationId id) {
        redis.delete(RedisKeys.cost(id));
    }

    @Override
    public CostTotals dailyTotals(LocalDate day) {
        LocalDate oldestKept = LocalDate.now(clock).minusDays(daysKept - 1L);
        return day.isBefore(oldestKept) ? CostTotals.NONE : totals(RedisKeys.dailyCost(day));
    }

    @Override
    public BudgetVerdict checkLlmBudget(ConversationId id, LlmBudget budget, long plannedMicroDollars) {
        return budget.check(conversationTotals(id), dailyTotals(LocalDate.now(clock)), plannedMicroDollars);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private CostTotals totals(String key) {
        return totals(redis.<String, String>opsForHash().entries(key));
    }

    private static CostTotals totals(Map<String, String> fields) {
        Map<CostKind, Long> units = new EnumMap<>(CostKind.class);
        Map<CostKind, Long> microDollars = new EnumMap<>(CostKind.class);
        for (CostKind kind : CostKind.values()) {
            String name = field(kind);
            units.put(kind, parse(fields.get(name + UNITS)));
            microDollars.put(kind, parse(fields.get(name + MICRO_DOLLARS)));
        }
        return new CostTotals(units, microDollars);
    }

    private static String field(CostKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static long parse(String value) {
        return value == null ? 0L : Long.parseLong(value);
    }
}
