package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.desk.BusinessHours;
import dev.penny.core.desk.OpeningSpan;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.handoff.AgentId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutsideBusinessHoursTest {

    private static final String ASK_FOR_PERSON = "I want to talk to a real person";
    // Weekdays 9 to 17 in Seoul (UTC+9): 00:00 to 08:00 UTC.
    private static final BusinessHours SEOUL_OFFICE = new BusinessHours(
            ZoneId.of("Asia/Seoul"),
            Map.of(
                    DayOfWeek.MONDAY, List.of(OpeningSpan.parse("09:00-17:00")),
                    DayOfWeek.FRIDAY, List.of(OpeningSpan.parse("09:00-17:00"))),
            Set.of());

    private final SupportDesk desk = new SupportDesk(SEOUL_OFFICE);

    @Test
    void outside_hours_the_visitor_is_told_so_and_nobody_is_tried() {
        desk.clock.set(Instant.parse("2026-12-04T09:00:00Z"));
        desk.agentOnline(new AgentId("sam")); // online, but it is Friday 18:00 in Seoul
        ConversationId id = ConversationId.random();

        Reply reply = desk.visitorSays(id, ASK_FOR_PERSON);

        assertThat(reply.botTurns())
                .singleElement()
                .satisfies(turn ->
                        assertThat(turn.text()).isEqualTo(BotPhrases.english().outsideHours()));
        assertThat(reply.inviteToLeaveMessage()).isTrue();
        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(desk.handoff.queue()).isEmpty();
        assertThat(desk.store.state(id)).isNotEqualTo(Optional.of(ConversationState.WAITING_FOR_AGENT));
        assertThat(desk.events.events(HandoffRequested.class)).isEmpty();
    }

    @Test
    void within_hours_the_visitor_waits_for_a_person() {
        desk.clock.set(Instant.parse("2026-12-04T07:59:00Z")); // Friday 16:59 in Seoul
        desk.agentOnline(new AgentId("sam"));
        ConversationId id = ConversationId.random();

        Reply reply = desk.visitorSays(id, ASK_FOR_PERSON);

        assertThat(reply.state()).isEqualTo(ConversationState.WAITING_FOR_AGENT);
        assertThat(reply.botTurns().get(0).text())
                .isEqualTo(BotPhrases.english().connecting());
        assertThat(desk.handoff.queue()).hasSize(1);
    }
}
