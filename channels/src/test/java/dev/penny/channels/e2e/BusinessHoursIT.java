package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Business hours on a running Penny: yesterday, today and tomorrow in Seoul are holidays, so whatever the date the
 * tests run it is outside business hours.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.desk.hours.zone=Asia/Seoul",
            "penny.desk.hours.weekly.monday=00:00-24:00",
            "penny.desk.hours.weekly.tuesday=00:00-24:00",
            "penny.desk.hours.weekly.wednesday=00:00-24:00",
            "penny.desk.hours.weekly.thursday=00:00-24:00",
            "penny.desk.hours.weekly.friday=00:00-24:00",
            "penny.desk.hours.weekly.saturday=00:00-24:00",
            "penny.desk.hours.weekly.sunday=00:00-24:00",
        })
class BusinessHoursIT extends RunningPenny {

    @DynamicPropertySource
    static void holidaysAroundToday(DynamicPropertyRegistry registry) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        registry.add("penny.desk.hours.holidays", () -> today.minusDays(1) + "," + today + "," + today.plusDays(1));
    }

    @Test
    void outside_business_hours_the_visitor_is_told_so_and_no_agent_is_tried() {
        try (Agent alice = new Agent(alice());
                Visitor visitor = visitor()) {
            JsonNode answer = visitor.ask("I want to talk to a human please");

            assertThat(answer.path("payload").path("text").asString())
                    .isEqualTo("Our team is away right now: it is outside our business hours. Leave a message and your"
                            + " email address, and we'll answer by email when we are back.");
            JsonNode status = visitor.socket.next("handoff.status").path("payload");
            assertThat(status.path("status").asString()).isEqualTo("no_agent_online");
            assertThat(status.path("leaveMessage").asBoolean()).isTrue();
            assertThat(alice.answerTo(alice.command("agent.claim", visitor.conversationId, java.util.Map.of()))
                            .path("payload")
                            .path("code")
                            .asString())
                    .isEqualTo("not_waiting");
        }
    }

    @Test
    void an_unknown_time_zone_stops_start_up_with_a_clear_message() throws Exception {
        String output = refusedStart("--penny.desk.hours.zone=Mars/Olympus_Mons");

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("penny.desk.hours.zone: 'Mars/Olympus_Mons' is not a time zone");
    }

    @Test
    void a_malformed_opening_span_stops_start_up_with_a_clear_message() throws Exception {
        String output =
                refusedStart("--penny.desk.hours.zone=Europe/Paris", "--penny.desk.hours.weekly.monday=9am-5pm");

        assertThat(output).contains("penny.desk.hours.weekly.monday: an opening span reads like 09:00-17:30");
    }

    private static String refusedStart(String... settings) throws IOException, InterruptedException {
        List<String> demo = new ArrayList<>(List.of("--penny.demo=true"));
        demo.addAll(List.of(settings));
        PennyProcess.Exit exit = PennyProcess.run(90, demo.toArray(String[]::new));
        assertThat(exit.code()).isNotZero();
        return exit.output();
    }
}
