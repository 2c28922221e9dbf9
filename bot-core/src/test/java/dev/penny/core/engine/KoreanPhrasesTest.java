package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.policy.PolicySettings;
import dev.penny.core.policy.Route;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KoreanPhrasesTest {

    private static final BotPhrases KOREAN = new BundledPhrasebook().phrases(Locale.KOREAN);

    private final SupportDesk desk = new SupportDesk(
            PolicySettings.defaults().withLlmConfigured(false).withHandoffPhrases(KOREAN.askForPerson()), KOREAN);
    private final ConversationId id = ConversationId.random();
    private final AgentId minji = new AgentId("minji");

    @Test
    void a_korean_request_for_a_person_is_handed_off_in_korean() {
        desk.agentOnline(minji);

        Reply reply = desk.visitorSays(id, "상담원 연결해 주세요");

        assertThat(reply.botTurns()).singleElement().satisfies(turn -> {
            assertThat(turn.decision().route()).isEqualTo(Route.HUMAN);
            assertThat(turn.decision().reason()).contains("visitor asked for a person");
            assertThat(turn.text()).isEqualTo(KOREAN.connecting());
        });
    }

    @Test
    void with_nobody_online_the_visitor_is_asked_in_korean_to_leave_a_message() {
        Reply reply = desk.visitorSays(id, "사람이랑 대화하고 싶어요");

        assertThat(reply.inviteToLeaveMessage()).isTrue();
        assertThat(reply.botTurns().get(0).text())
                .isEqualTo(KOREAN.noAgentOnline())
                .contains("이메일");
    }

    @Test
    void the_agents_desk_speaks_the_live_versions_language() {
        desk.agentOnline(minji);
        desk.visitorSays(id, "상담원과 통화하고 싶어요");

        assertThat(desk.agents.claim(id, minji).orElseThrow().text()).isEqualTo("상담원이 대화에 참여했습니다.");
        assertThat(desk.agents.close(id, minji).orElseThrow().text()).isEqualTo(KOREAN.closed());
    }
}
