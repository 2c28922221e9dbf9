package dev.penny.core.engine;

import static dev.penny.core.engine.SupportDesk.CARD_ARRIVAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Source;
import dev.penny.core.events.ConversationClosed;
import dev.penny.core.events.ConversationStarted;
import dev.penny.core.events.HandoffClaimed;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.MessageLeft;
import dev.penny.core.events.SupportEvent;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.policy.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupportEventsEmittedTest {

    private static final String CONFIDENT = "when will my card arrive";

    private final SupportDesk desk = new SupportDesk();
    private final AgentId sam = new AgentId("sam");
    private ConversationId id;

    @BeforeEach
    void start() {
        desk.classifier.knows(CONFIDENT, "card_arrival", 0.92, "card_delivery", 0.05);
        desk.retriever.matches(CARD_ARRIVAL, 0.6);
        id = desk.engine.startConversation("api", "U42");
    }

    @Test
    void a_started_conversation_is_told_with_its_channel() {
        assertThat(desk.events.events()).singleElement().isInstanceOfSatisfying(ConversationStarted.class, e -> {
            assertThat(e.conversationId()).isEqualTo(id);
            assertThat(e.channel()).isEqualTo("api");
            assertThat(e.externalUserId()).isEqualTo("U42");
            assertThat(e.type()).isEqualTo("conversation.started");
        });
    }

    @Test
    void the_visitors_message_and_the_faq_answer_are_each_one_message_created() {
        desk.visitorSays(id, CONFIDENT);

        assertThat(desk.events.events(MessageCreated.class))
                .extracting(MessageCreated::author, MessageCreated::source, MessageCreated::route)
                .containsExactly(tuple(Author.VISITOR, null, null), tuple(Author.BOT, Source.FAQ, Route.FAQ));
        assertThat(desk.events.events(MessageCreated.class).get(1).turn().text())
                .isEqualTo(CARD_ARRIVAL.answer());
    }

    @Test
    void a_resent_message_is_not_told_again() {
        MessageId messageId = MessageId.random();
        desk.engine.handle(new VisitorMessage(id, messageId, CONFIDENT));
        int told = desk.events.events().size();

        desk.engine.handle(new VisitorMessage(id, messageId, CONFIDENT));

        assertThat(desk.events.events()).hasSize(told);
    }

    @Test
    void a_handoff_claim_reply_and_close_are_told_in_the_order_they_happened() {
        desk.agentOnline(sam);
        desk.visitorSays(id, "human please");
        desk.agents.claim(id, sam);
        desk.agents.reply(id, sam, "Hello, Sam here.");
        desk.agents.close(id, sam);

        assertThat(desk.events.events())
                .extracting(SupportEvent::type)
                .containsExactly(
                        "conversation.started",
                        "message.created",
                        "handoff.requested",
                        "message.created",
                        "handoff.claimed",
                        "message.created",
                        "message.created",
                        "message.created",
                        "conversation.closed");
        assertThat(desk.events.events(HandoffRequested.class))
                .singleElement()
                .satisfies(e -> assertThat(e.agentsOnline()).isEqualTo(1));
        assertThat(desk.events.events(HandoffClaimed.class))
                .singleElement()
                .satisfies(e -> assertThat(e.agent()).isEqualTo(sam));
        assertThat(desk.events.events(MessageCreated.class))
                .filteredOn(e -> e.author() == Author.AGENT)
                .singleElement()
                .satisfies(e -> assertThat(e.turn().text()).isEqualTo("Hello, Sam here."));
        assertThat(desk.events.events(ConversationClosed.class))
                .singleElement()
                .satisfies(e -> assertThat(e.conversationId()).isEqualTo(id));
    }

    @Test
    void a_visitor_handed_off_again_while_waiting_is_not_a_second_handoff_request() {
        desk.visitorSays(id, "human please");
        desk.visitorSays(id, "human please, now");

        assertThat(desk.events.events(HandoffRequested.class)).hasSize(1);
    }

    @Test
    void a_left_message_is_told() {
        desk.visitorSays(id, "human please");
        desk.engine.leaveMessage(id, "ann@example.com", "Call me back");

        assertThat(desk.events.events(MessageLeft.class)).singleElement().satisfies(e -> {
            assertThat(e.email()).isEqualTo("ann@example.com");
            assertThat(e.text()).isEqualTo("Call me back");
        });
    }
}
