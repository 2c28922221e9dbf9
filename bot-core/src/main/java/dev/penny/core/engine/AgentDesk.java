package dev.penny.core.engine;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostSettings;
import dev.penny.core.events.ConversationClosed;
import dev.penny.core.events.HandoffClaimed;
import dev.penny.core.events.SupportEvent;
import dev.penny.core.events.SupportEvents;
import dev.penny.core.handoff.AgentId;
import dev.penny.core.handoff.Claim;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.learning.DisabledMissedQuestions;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.privacy.PiiMasker;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What agents do to conversations handed off to them: claim one, reply in it, hand it back to the bot, close it.
 *
 * <p>Every action returns the turn to send the visitor (and show in the console), or empty when the agent may not act:
 * the conversation is not waiting (claim), or the agent does not hold it (everything else). Agent time from claim to
 * release or close is recorded as cost. Thread-safe and stateless.
 */
public final class AgentDesk {

    private final ConversationStore store;
    private final HumanHandoff handoff;
    private final TurnWriter writer;
    private final CostMeter meter;
    private final Supplier<BotPhrases> phrases;
    private final Clock clock;
    private final MissedQuestionNotes missedQuestions;
    private final SupportEvents events;

    /** A desk that keeps no agent replies for learning from traffic. */
    public AgentDesk(
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            CostSettings costs,
            BotPhrases phrases,
            Clock clock) {
        this(store, handoff, ledger, costs, phrases, clock, new DisabledMissedQuestions());
    }

    /** A desk that also offers agents' replies in conversations with a missed question to {@code missed}. */
    public AgentDesk(
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            CostSettings costs,
            BotPhrases phrases,
            Clock clock,
            MissedQuestions missed) {
        this(store, handoff, ledger, costs, phrases, clock, missed, SupportEvents.none());
    }

    /** As above, and tells {@code events} of claims, agents' replies and notices, and closes. */
    public AgentDesk(
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            CostSettings costs,
            BotPhrases phrases,
            Clock clock,
            MissedQuestions missed,
            SupportEvents events) {
        this(store, handoff, ledger, costs, () -> phrases, clock, missed, events);
    }

    /**
     * As above, speaking the phrases {@code phrases} gives at the time, such as the live FAQ version's ({@link
     * FaqVersion#phrases()}), so that the desk speaks the catalog's language after a publish.
     */
    public AgentDesk(
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            CostSettings costs,
            Supplier<BotPhrases> phrases,
            Clock clock,
            MissedQuestions missed,
            SupportEvents events) {
        this.store = store;
        this.handoff = handoff;
        this.events = events;
        this.writer = new TurnWriter(store, clock, events);
        this.meter = new CostMeter(ledger, costs);
        this.phrases = phrases;
        this.clock = clock;
        this.missedQuestions = new MissedQuestionNotes(missed, new PiiMasker());
    }

    /** Takes a waiting conversation; exactly one of several agents claiming it at once succeeds. */
    public Optional<Turn> claim(ConversationId id, AgentId agent) {
        return handoff.claim(id, agent).map(this::joined);
    }

    /** Takes the conversation that has waited longest, if any is waiting. */
    public Optional<Turn> claimLongestWaiting(AgentId agent) {
        return handoff.claimLongestWaiting(agent).map(this::joined);
    }

    /** Sends the visitor an agent's message. */
    public Optional<Turn> reply(ConversationId id, AgentId agent, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an agent reply needs text");
        }
        Optional<Turn> sent = heldBy(id, agent).map(claim -> writer.agent(id, text));
        sent.ifPresent(missedQuestions::agentReplied);
        return sent;
    }

    /**
     * Gives a conversation the agent holds to another agent, who holds it from now on; the first agent's time is
     * counted up to now. The visitor is told another agent took over.
     */
    public Optional<Turn> transfer(ConversationId id, AgentId from, AgentId to) {
        Optional<Claim> before = heldBy(id, from);
        if (before.isEmpty()
                || from.equals(to)
                || handoff.transfer(id, from, to).isEmpty()) {
            return Optional.empty();
        }
        meter.agentHeld(id, Duration.between(before.get().claimedAt(), clock.instant()));
        return Optional.of(writer.system(id, phrases.get().transferred()));
    }

    /** Hands the conversation back to the bot, which answers the visitor's next message. */
    public Optional<Turn> releaseToBot(ConversationId id, AgentId agent) {
        return end(id, agent, ConversationState.BOT, phrases.get().backToBot());
    }

    /** Ends the conversation. A visitor who writes again reopens it with the bot. */
    public Optional<Turn> close(ConversationId id, AgentId agent) {
        return end(id, agent, ConversationState.CLOSED, phrases.get().closed());
    }

    private Turn joined(Claim claim) {
        store.setState(claim.conversationId(), ConversationState.WITH_AGENT);
        events.emit(new HandoffClaimed(SupportEvent.newId(), clock.instant(), claim.conversationId(), claim.agent()));
        return writer.system(claim.conversationId(), phrases.get().agentJoined());
    }

    private Optional<Turn> end(ConversationId id, AgentId agent, ConversationState next, String notice) {
        if (heldBy(id, agent).isEmpty()) {
            return Optional.empty();
        }
        Optional<Claim> ended = handoff.release(id);
        ended.ifPresent(claim -> meter.agentHeld(id, Duration.between(claim.claimedAt(), clock.instant())));
        store.setState(id, next);
        Turn told = writer.system(id, notice);
        if (next == ConversationState.CLOSED) {
            events.emit(new ConversationClosed(SupportEvent.newId(), clock.instant(), id, agent));
        }
        return Optional.of(told);
    }

    private Optional<Claim> heldBy(ConversationId id, AgentId agent) {
        return handoff.claimOf(id).filter(claim -> claim.agent().equals(agent));
    }
}
