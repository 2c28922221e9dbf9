package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Source;
import dev.penny.core.conversation.Turn;
import dev.penny.core.events.HandoffRequested;
import dev.penny.core.events.SupportEvent;
import dev.penny.core.events.SupportEvents;
import dev.penny.core.handoff.HandoffOutcome;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.policy.Decision;
import dev.penny.core.privacy.PiiMasker;
import java.time.Clock;
import java.util.List;

/** Puts a conversation in the agents' queue and tells the visitor what happens next. */
final class Handoffs {

    /**
     * The notice for the visitor, whether it invites them to leave a message (nobody online, or the queue is full),
     * and who answers the conversation now (the bot still, when the queue was full).
     */
    record HandedOff(Turn notice, boolean inviteToLeaveMessage, ConversationState state) {}

    private static final int SUMMARY_QUOTE_LENGTH = 200;

    private final HumanHandoff handoff;
    private final ConversationStore store;
    private final TurnWriter writer;
    private final BotPhrases phrases;
    private final PiiMasker masker;
    private final SupportEvents events;
    private final Clock clock;

    Handoffs(
            HumanHandoff handoff,
            ConversationStore store,
            TurnWriter writer,
            BotPhrases phrases,
            PiiMasker masker,
            SupportEvents events,
            Clock clock) {
        this.handoff = handoff;
        this.store = store;
        this.writer = writer;
        this.phrases = phrases;
        this.masker = masker;
        this.events = events;
        this.clock = clock;
    }

    HandedOff handOff(ConversationId id, String visitorText, Decision decision) {
        HandoffOutcome outcome = handoff.handOff(id, summary(visitorText, decision), store);
        if (outcome == HandoffOutcome.QUEUE_FULL) {
            return new HandedOff(
                    writer.bot(id, Source.SYSTEM, phrases.queueFull(), List.of(), decision),
                    true,
                    ConversationState.BOT);
        }
        if (outcome == HandoffOutcome.CLOSED) {
            return new HandedOff(
                    writer.bot(id, Source.SYSTEM, phrases.outsideHours(), List.of(), decision),
                    true,
                    ConversationState.BOT);
        }
        int online = handoff.agentsOnline();
        boolean nobodyOnline = online == 0;
        if (outcome == HandoffOutcome.QUEUED) {
            events.emit(new HandoffRequested(SupportEvent.newId(), clock.instant(), id, decision.reason(), online));
        }
        String text = nobodyOnline ? phrases.noAgentOnline() : phrases.connecting();
        return new HandedOff(
                writer.bot(id, Source.SYSTEM, text, List.of(), decision),
                nobodyOnline,
                ConversationState.WAITING_FOR_AGENT);
    }

    // The queue is shown to every agent online, so the quote is masked; the transcript opens on claim.
    private String summary(String visitorText, Decision decision) {
        String quote = masker.mask(visitorText.strip());
        if (quote.length() > SUMMARY_QUOTE_LENGTH) {
            quote = quote.substring(0, SUMMARY_QUOTE_LENGTH) + "…";
        }
        return "\"" + quote + "\": " + decision.reason();
    }
}
