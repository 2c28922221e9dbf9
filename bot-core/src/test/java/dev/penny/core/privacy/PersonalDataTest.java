package dev.penny.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.analytics.InMemoryAnalyticsCounters;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.InMemoryConversationEvents;
import dev.penny.core.conversation.InMemoryConversationStore;
import dev.penny.core.conversation.InMemoryResumeTokens;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.ResumeToken;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostEvent;
import dev.penny.core.cost.CostKind;
import dev.penny.core.cost.InMemoryCostLedger;
import dev.penny.core.desk.InMemoryConversationNotes;
import dev.penny.core.desk.InMemoryVisitorIdentities;
import dev.penny.core.desk.Note;
import dev.penny.core.desk.VisitorIdentity;
import dev.penny.core.feedback.ConversationRating;
import dev.penny.core.feedback.InMemoryFeedbackStore;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.HandoffExpiry;
import dev.penny.core.handoff.InMemoryHumanHandoff;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.learning.InMemoryMissedQuestions;
import dev.penny.core.learning.MissedQuestion;
import dev.penny.core.learning.MissedQuestionLimits;
import dev.penny.core.policy.Route;
import dev.penny.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
    private final InMemoryConversationStore store = new InMemoryConversationStore(clock, Duration.ofHours(24));
    private final InMemoryCostLedger ledger = new InMemoryCostLedger(clock, Duration.ofHours(24), 30);
    private final InMemoryFeedbackStore feedback = new InMemoryFeedbackStore(clock, Duration.ofHours(24));
    private final InMemoryHumanHandoff handoff = new InMemoryHumanHandoff(clock, HandoffExpiry.defaults());
    private final InMemoryMissedQuestions missed = new InMemoryMissedQuestions(clock, MissedQuestionLimits.defaults());
    private final InMemoryConversationEvents events = new InMemoryConversationEvents();
    private final InMemoryAnalyticsCounters analytics =
            new InMemoryAnalyticsCounters(clock, Duration.ofDays(2), Duration.ofDays(90), Duration.ofHours(24));
    private final InMemoryResumeTokens tokens = new InMemoryResumeTokens(clock, Duration.ofHours(24));
    private final InMemoryConversationNotes notes = new InMemoryConversationNotes(clock, Duration.ofHours(24));
    private final InMemoryVisitorIdentities identities = new InMemoryVisitorIdentities(clock, Duration.ofHours(24));
    private final PersonalData data =
            new PersonalData(store, ledger, feedback, handoff, missed, analytics, tokens, notes, identities, events);

    private final ConversationId ana = ConversationId.random();
    private final ConversationId bo = ConversationId.random();

    @Test
    void exports_a_conversations_turns_costs_feedback_and_left_messages() {
        Turn question = Turn.visitor(MessageId.random(), ana, "where is my card?", clock.instant());
        store.append(question);
        store.setState(ana, ConversationState.WAITING_FOR_AGENT);
        ledger.record(new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 3));
        ConversationRating rating = new ConversationRating(ana, 4, "", "v1", clock.instant());
        feedback.rate(rating);
        LeftMessage left = new LeftMessage(ana, "ana@example.com", "call me", clock.instant());
        handoff.leaveMessage(left);
        handoff.leaveMessage(new LeftMessage(bo, "bo@example.org", "not ana's", clock.instant()));

        ConversationExport export = data.export(ana).orElseThrow();

        assertThat(export.turns()).containsExactly(question);
        assertThat(export.state()).contains(ConversationState.WAITING_FOR_AGENT);
        assertThat(export.costs().spentMicroDollars()).isEqualTo(3);
        assertThat(export.rating()).contains(rating);
        assertThat(export.leftMessages()).containsExactly(left);
        assertThat(data.export(ConversationId.random())).isEmpty();
    }

    @Test
    void erase_removes_the_conversation_from_every_store_and_tells_every_node() {
        List<ConversationId> announced = new CopyOnWriteArrayList<>();
        events.subscribe(new ConversationEvents.Listener() {
            @Override
            public void onTurn(Turn turn) {}

            @Override
            public void onConversationErased(ConversationId id) {
                announced.add(id);
            }
        });
        store.append(Turn.visitor(MessageId.random(), ana, "my IBAN is ...", clock.instant()));
        store.append(Turn.visitor(MessageId.random(), bo, "hello", clock.instant()));
        ledger.record(new CostEvent(ana, CostKind.LOCAL_CLASSIFICATION, 1, 3));
        handoff.enqueue(ana, "summary");
        handoff.leaveMessage(new LeftMessage(ana, "ana@example.com", "call me", clock.instant()));
        missed.record(new MissedQuestion(
                ana, MessageId.random(), "my IBAN is ...", Route.HUMAN, "unsure", null, clock.instant()));

        analytics.firstTime(ana, "handed_off");
        ResumeToken token = tokens.issue(ana);
        notes.add(new Note(ana, new AgentId("sam"), "Asked twice", clock.instant()));
        identities.remember(ana, new VisitorIdentity("user-42", Map.of("name", "Ana"), true));

        assertThat(data.erase(ana)).contains(new Erasure(ana, 1, 1));

        assertThat(data.export(ana)).isEmpty();
        assertThat(handoff.queue()).isEmpty();
        assertThat(missed.recent(10)).isEmpty();
        assertThat(data.export(bo)).isPresent();
        assertThat(announced).containsExactly(ana);
        assertThat(analytics.firstTime(ana, "handed_off"))
                .as("the marks are forgotten")
                .isTrue();
        assertThat(tokens.matches(ResumeToken.parse(token.value())))
                .as("no token resumes it")
                .isFalse();
        assertThat(notes.of(ana)).isEmpty();
        assertThat(identities.of(ana)).isEmpty();
        assertThat(data.erase(ana)).as("nothing left the second time").isEmpty();
    }

    @Test
    void erasing_a_visitor_by_email_erases_their_left_messages_and_those_conversations() {
        store.append(Turn.visitor(MessageId.random(), ana, "my card?", clock.instant()));
        handoff.leaveMessage(new LeftMessage(ana, "Ana@Example.com", "call me", clock.instant()));
        handoff.leaveMessage(new LeftMessage(bo, "bo@example.org", "not ana's", clock.instant()));

        VisitorErasure erased = data.eraseVisitor("ana@example.com");

        assertThat(erased.leftMessages()).isEqualTo(1);
        assertThat(erased.conversations()).containsExactly(new Erasure(ana, 1, 1));
        assertThat(data.export(ana)).isEmpty();
        assertThat(handoff.leftMessages())
                .extracting(LeftMessage::conversationId)
                .containsExactly(bo);
        assertThat(data.eraseVisitor("ana@example.com").isEmpty()).isTrue();
    }

    @Test
    void refuses_an_email_that_is_not_an_address() {
        assertThatThrownBy(() -> data.eraseVisitor("not an address")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.eraseVisitor(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
