package dev.penny.channels.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The benchmark's machinery against a running Penny: it measures, and loses nothing on the way. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.bench.echo=true",
            "penny.demo=true",
            "penny.limits.rate-limit-messages=100000",
            "penny.limits.rate-limit-period=1s",
            "penny.abuse.turns-per-conversation=1000000"
        })
class BenchIT {

    @LocalServerPort
    int port;

    @Test
    void measures_faq_latency_saturation_and_both_ceilings_without_losing_messages() throws Exception {
        BenchReport report = BenchCommand.measure(
                new BenchOptions(5, 4, 2, null, null),
                URI.create("ws://localhost:" + port + "/ws/visitor"),
                BenchCommand.questions("catalog/test-bank.yml"));

        Map<String, Object> figures = report.figures();
        assertThat((int) figures.get("faq_answers")).isGreaterThan(10);
        assertThat((double) figures.get("faq_p50_ms")).isPositive();
        assertThat((double) figures.get("echo_p50_ms")).isPositive();
        assertThat((double) figures.get("messages_per_s")).isPositive();
        assertThat((double) figures.get("encoder_ceiling_per_s")).isPositive();
        assertThat((Map<?, ?>) figures.get("encoder_ways_per_s")).hasSize(3);
        assertThat(figures.get("errors")).isEqualTo(0);
        assertThat(figures.get("lost_messages")).isEqualTo(0);
    }
}
