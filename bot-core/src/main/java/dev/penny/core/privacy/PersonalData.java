package dev.penny.core.privacy;

import dev.penny.core.analytics.AnalyticsCounters;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.desk.ConversationNotes;
import dev.penny.core.desk.VisitorIdentities;
import dev.penny.core.feedback.FeedbackStore;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.learning.MissedQuestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A visitor's data across every store that keeps it, for their requests to see it (export) or to have it erased.
 *
 * <p>An erasure removes a conversation from each store in turn and then tells every node, which close the visitor's
 * sockets on it. Sums that name no conversation (a day's costs, the feedback counts per catalog version, the analytics
 * counts) are kept.
 * Erasing is idempotent: a second erasure of the same conversation finds nothing.
 */
public final class PersonalData {

    private final ConversationStore conversations;
    private final CostLedger costs;
    private final FeedbackStore feedback;
    private final HumanHandoff handoff;
    private final MissedQuestions missedQuestions;
    private final AnalyticsCounters analytics;
    private final ResumeTokens resumeTokens;
    private final ConversationNotes notes;
    private final VisitorIdentities identities;
    private final ConversationEvents events;

    public PersonalData(
            ConversationStore conversations,
            CostLedger costs,
            FeedbackStore feedback,
            HumanHandoff handoff,
            MissedQuestions missedQuestions,
            AnalyticsCounters analytics,
            ResumeTokens resumeTokens,
            ConversationNotes notes,
            VisitorIdentities identities,
            ConversationEvents events) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.costs = Objects.requireNonNull(costs, "costs");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.handoff = Objects.requireNonNull(handoff, "handoff");
        this.missedQuestions = Objects.requireNonNull(missedQuestions, "missedQuestions");
        this.analytics = Objects.requireNonNull(analytics, "analytics");
        this.resumeTokens = Objects.requireNonNull(resumeTokens, "resumeTokens");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Everything kept about a conversation; empty when nothing is. */
    public Optional<ConversationExport> export(ConversationId id) {
        ConversationExport export = new ConversationExport(
                id,
                conversations.state(id),
                conversations.transcript(id),
                costs.conversationTotals(id),
                feedback.feedbackOn(id),
                feedback.rating(id),
                handoff.leftMessages().stream()
                        .filter(m -> m.conversationId().equals(id))
                        .toList());
        return export.isEmpty() ? Optional.empty() : Optional.of(export);
    }

    /**
     * Erases a conversation from every store and closes its visitor's sockets on every node.
     *
     * @return what was erased; empty when nothing was kept (the missed questions, which cannot be looked up by
     *     conversation, are erased all the same)
     */
    public Optional<Erasure> erase(ConversationId id) {
        List<Turn> turns = conversations.transcript(id);
        Optional<ConversationState> state = conversations.state(id);
        boolean costed = !costs.conversationTotals(id).equals(CostTotals.NONE);
        boolean rated =
                !feedback.feedbackOn(id).isEmpty() || feedback.rating(id).isPresent();
        boolean stored = conversations.erase(id);
        costs.erase(id);
        feedback.erase(id);
        int left = handoff.erase(id);
        missedQuestions.erase(id);
        analytics.erase(id);
        resumeTokens.erase(id);
        notes.erase(id);
        identities.erase(id);
        events.conversationErased(id);
        if (!stored && turns.isEmpty() && state.isEmpty() && !costed && !rated && left == 0) {
            return Optional.empty();
        }
        return Optional.of(new Erasure(id, turns.size(), left));
    }

    /**
     * Erases the messages left with an email address and every conversation they were left from: the address ties
     * those conversations to the visitor asking.
     *
     * @throws IllegalArgumentException when {@code email} does not look like an address
     */
    public VisitorErasure eraseVisitor(String email) {
        if (!LeftMessage.isEmail(email)) {
            throw new IllegalArgumentException("not an email address");
        }
        List<LeftMessage> left = handoff.eraseLeftMessages(email);
        Set<ConversationId> ids = new LinkedHashSet<>();
        left.forEach(m -> ids.add(m.conversationId()));
        List<Erasure> erased = new ArrayList<>();
        for (ConversationId id : ids) {
            Erasure erasure = erase(id).orElse(new Erasure(id, 0, 0));
            erased.add(new Erasure(
                    id,
                    erasure.turns(),
                    erasure.leftMessages()
                            + (int) left.stream()
                                    .filter(m -> m.conversationId().equals(id))
                                    .count()));
        }
        return new VisitorErasure(left.size(), erased);
    }
}
