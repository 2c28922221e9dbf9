package dev.penny.channels.agent;

import dev.penny.channels.transcript.TurnView;
import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.WaitingConversation;
import dev.penny.core.policy.Decision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queue as the console shows it: each waiting conversation with what the bot made of it and what it cost. */
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

    QueueView(HumanHandoff handoff, ConversationStore store, CostLedger ledger, Clock clock) {
        this.handoff = handoff;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    List<Entry> now() {
        Instant now = clock.instant();
        return handoff.queue().stream().map(w -> entry(w, now)).toList();
    }

    private Entry entry(WaitingConversation waiting, Instant now) {
        Optional<Decision> decision = lastDecision(waiting);
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
                ledger.conversationTotals(waiting.conversationId()).spentMicroDollars());
    }

    private Optional<Decision> lastDecision(WaitingConversation waiting) {
        List<Turn> recent = store.recentTurns(waiting.conversationId(), RECENT_TURNS);
        for (int i = recent.size() - 1; i >= 0; i--) {
            if (recent.get(i).author() == Author.BOT) {
                return Optional.of(recent.get(i).decision());
            }
        }
        return Optional.empty();
    }
}
