package dev.penny.channels.agent;

import dev.penny.channels.transcript.TurnView;
import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.QueuePage;
import dev.penny.core.handoff.WaitingConversation;
import dev.penny.core.policy.Decision;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The queue as the console shows it, a page at a time: each waiting conversation with what the bot made of it and what
 * it cost. A page costs three batched reads of the ports whatever its length (on Redis, a fixed number of round trips
 * per node), not three per conversation.
 */
final class QueueView {

    private static final int RECENT_TURNS = 4;
    private static final int TOP_INTENTS = 3;

    /**
     * @param conversationId the conversation waiting
     * @param summary the visitor's last question (masked) and why the bot handed off
     * @param waitingSince when it was queued, ISO-8601
     * @param waitingSeconds how long the visitor has waited
     * @param topIntents the bot's best guesses at the last message, with calibrated confidences
     * @param reason the bot's last decision's reason
     * @param costMicroDollars spent on the conversation so far
     */
    record Entry(
            String conversationId,
            String summary,
            String waitingSince,
            long waitingSeconds,
            List<TurnView.Score> topIntents,
            String reason,
            long costMicroDollars) {}

    private final HumanHandoff handoff;
    private final ConversationStore store;
    private final CostLedger ledger;
    private final Clock clock;

    /** A page of entries, where it starts in the queue, and how many conversations wait in all. */
    record Page(List<Entry> conversations, int offset, int total) {}

    private final int pageSize;

    QueueView(HumanHandoff handoff, ConversationStore store, CostLedger ledger, Clock clock, int pageSize) {
        this.handoff = handoff;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** The first page, the conversations that have waited longest. */
    Page now() {
        return page(0);
    }

    Page page(int offset) {
        Instant now = clock.instant();
        QueuePage page = handoff.queuePage(offset, pageSize);
        List<ConversationId> ids = page.conversations().stream()
                .map(WaitingConversation::conversationId)
                .toList();
        List<List<Turn>> recent = store.recentTurnsOfEach(ids, RECENT_TURNS);
        List<CostTotals> costs = ledger.conversationTotalsOfEach(ids);
        List<Entry> entries = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            entries.add(entry(page.conversations().get(i), recent.get(i), costs.get(i), now));
        }
        return new Page(entries, page.offset(), page.total());
    }

    private static Entry entry(WaitingConversation waiting, List<Turn> recent, CostTotals cost, Instant now) {
        Optional<Decision> decision = lastDecision(recent);
        return new Entry(
                waiting.conversationId().value(),
                waiting.summary(),
                waiting.waitingSince().toString(),
                Math.max(0, waiting.waited(now).toSeconds()),
                decision.map(d -> d.scores().stream()
                                .limit(TOP_INTENTS)
                                .map(s -> new TurnView.Score(s.intentId(), s.confidence()))
                                .toList())
                        .orElse(List.of()),
                decision.map(Decision::reason).orElse(null),
                cost.spentMicroDollars());
    }

    private static Optional<Decision> lastDecision(List<Turn> recent) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (recent.get(i).author() == Author.BOT) {
                return Optional.of(recent.get(i).decision());
            }
        }
        return Optional.empty();
    }
}
