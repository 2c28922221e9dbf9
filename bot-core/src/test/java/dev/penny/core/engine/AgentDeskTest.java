package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.handoff.AgentId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgentDeskTest {

    private final SupportDesk desk = new SupportDesk();
    private final ConversationId id = ConversationId.random();
    private final AgentId sam = new AgentId("sam");
    private final AgentId kim = new AgentId("kim");

    @BeforeEach
    void visitorAsksForAPerson() {
        desk.agentOnline(sam);
        desk.visitorSays(id, "agent please");
    }

    @Test
    void an_agent_claims_a_waiting_conversation_and_the_visitor_is_told() {
        Turn joined = desk.agents.claim(id, sam).orElseThrow();

        assertThat(joined.author()).isEqualTo(Author.SYSTEM);
        assertThat(joined.text()).isEqualTo("An agent has joined the conversation.");
        assertThat(desk.store.state(id)).contains(ConversationState.WITH_AGENT);
        assertThat(desk.store.transcript(id)).last().isEqualTo(joined);
    }

    @Test
    void a_second_agent_cannot_claim_the_same_conversation() {
        desk.agents.claim(id, sam);

        assertThat(desk.agents.claim(id, kim)).isEmpty();
    }

    @Test
    void claims_the_conversation_that_waited_longest() {
        ConversationId later = ConversationId.random();
        desk.clock.advance(Duration.ofSeconds(10));
        desk.visitorSays(later, "human");

        assertThat(desk.agents.claimLongestWaiting(kim))
                .map(Turn::conversationId)
                .contains(id);
        assertThat(desk.agents.claimLongestWaiting(kim))
                .map(Turn::conversationId)
                .contains(later);
    }

    @Test
    void only_the_agent_holding_a_conversation_replies_in_it() {
        desk.agents.claim(id, sam);

        assertThat(desk.agents.reply(id, kim, "Hi, Kim here")).isEmpty();
        Turn reply = desk.agents.reply(id, sam, "Hi, Sam here").orElseThrow();

        assertThat(reply.author()).isEqualTo(Author.AGENT);
        assertThat(desk.store.transcript(id)).last().isEqualTo(reply);
        assertThatThrownBy(() -> desk.agents.reply(id, sam, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handing_back_to_the_bot_counts_the_agents_time() {
        desk.agents.claim(id, sam);
        desk.clock.advance(Duration.ofSeconds(120));

        Turn notice = desk.agents.releaseToBot(id, sam).orElseThrow();

        assertThat(notice.text()).contains("handed you back");
        assertThat(desk.store.state(id)).contains(ConversationState.BOT);
        assertThat(desk.handoff.claimOf(id)).isEmpty();
        CostTotals totals = desk.ledger.conversationTotals(id);
        assertThat(totals.units(CostKind.AGENT_SECONDS)).isEqualTo(120);
        assertThat(totals.microDollars(CostKind.AGENT_SECONDS)).isEqualTo(120_000); // $3.60 an hour
    }

    @Test
    void closing_ends_the_handoff() {
        desk.agents.claim(id, sam);

        assertThat(desk.agents.close(id, kim)).isEmpty();
        assertThat(desk.agents.close(id, sam)).map(Turn::text).contains("This conversation has been closed.");
        assertThat(desk.store.state(id)).contains(ConversationState.CLOSED);
        assertThat(desk.handoff.claimOf(id)).isEmpty();
    }

    @Test
    void a_transfer_hands_the_conversation_to_another_agent_who_alone_answers_from_then_on() {
        desk.agents.claim(id, sam);
        desk.clock.advance(Duration.ofSeconds(60));

        Turn told = desk.agents.transfer(id, sam, kim).orElseThrow();

        assertThat(told.author()).isEqualTo(Author.SYSTEM);
        assertThat(told.text()).isEqualTo(BotPhrases.english().transferred());
        assertThat(desk.handoff.claimOf(id).map(c -> c.agent())).contains(kim);
        assertThat(desk.agents.reply(id, sam, "still me?")).isEmpty();
        assertThat(desk.agents.reply(id, kim, "Kim here")).isPresent();
        assertThat(desk.store.state(id)).contains(ConversationState.WITH_AGENT);
        desk.clock.advance(Duration.ofSeconds(30));
        desk.agents.close(id, kim);
        // Sam's minute and Kim's half minute, each counted once.
        assertThat(desk.ledger.conversationTotals(id).units(CostKind.AGENT_SECONDS))
                .isEqualTo(90);
    }

    @Test
    void only_the_holder_transfers_and_never_to_themselves() {
        assertThat(desk.agents.transfer(id, sam, kim)).as("still waiting").isEmpty();
        desk.agents.claim(id, sam);

        assertThat(desk.agents.transfer(id, kim, sam)).isEmpty();
        assertThat(desk.agents.transfer(id, sam, sam)).isEmpty();
        assertThat(desk.handoff.claimOf(id).map(c -> c.agent())).contains(sam);
    }
}
