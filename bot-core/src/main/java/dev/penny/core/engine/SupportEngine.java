package dev.penny.core.engine;

import dev.penny.core.conversation.AnswerClaims;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.InMemoryAnswerClaims;
import dev.penny.core.conversation.Turn;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.events.ConversationStarted;
import dev.penny.core.events.MessageCreated;
import dev.penny.core.events.MessageLeft;
import dev.penny.core.events.SupportEvent;
import dev.penny.core.events.SupportEvents;
import dev.penny.core.handoff.HumanHandoff;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.learning.DisabledMissedQuestions;
import dev.penny.core.learning.MissedQuestions;
import dev.penny.core.llm.LlmClient;
import dev.penny.core.privacy.PiiMasker;
import dev.penny.core.understanding.ClassifiedQuestion;
import dev.penny.core.understanding.FaqAnswers;
import dev.penny.core.understanding.FaqRetriever;
import dev.penny.core.understanding.IntentClassifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers visitors: stores each message, decides who answers it (FAQ, choice, LLM, person), answers, counts the
 * cost, and returns the turns a channel must send.
 *
 * <p>A visitor's message is stored before anything else happens, so an accepted message is never lost, whatever fails
 * later. A message is answered once: the engine claims it ({@link AnswerClaims}) before storing it and releases the
 * claim once answered, so the same message re-sent meanwhile, to this node or another, is refused with {@link
 * StillAnswering} rather than answered (and paid for) twice. While a person answers the conversation (waiting for or held by an agent) the bot is silent: messages are
 * stored and the reply asks the channel to forward them to the agent console.
 *
 * <p>Thread-safe and stateless: all state lives behind the ports. Messages of one conversation should be handled in
 * the order they arrived; messages of different conversations may be handled concurrently.
 */
public final class SupportEngine {

    private static final System.Logger LOG = System.getLogger(SupportEngine.class.getName());

    private final LiveFaq live;
    private final ConversationStore store;
    private final HumanHandoff handoff;
    private final Replays replays;
    private final Clock clock;
    private final VersionResponders responders;
    private final BatchAnswers batchAnswers;
    private final SupportEvents events;
    private final AnswerClaims claims;

    /** An engine that always answers from one fixed FAQ version, with the policy of {@code settings}. */
    public SupportEngine(
            IntentClassifier classifier,
            FaqRetriever retriever,
            FaqAnswers answers,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            EngineSettings settings,
            Clock clock) {
        this(
                new LiveFaq(new FaqVersion("fixed", classifier, retriever, answers, settings.policy())),
                llm,
                store,
                handoff,
                ledger,
                settings,
                clock);
    }

    /**
     * An engine that answers each batch from the version {@code live} holds when the batch starts, so publishing a new
     * catalog version takes effect on the next batch without a restart. It keeps no missed questions.
     */
    public SupportEngine(
            LiveFaq live,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            EngineSettings settings,
            Clock clock) {
        this(live, llm, store, handoff, ledger, settings, clock, new DisabledMissedQuestions());
    }

    /**
     * As above, and records in {@code missed} the questions that went to the LLM or a person, so catalog owners can
     * learn from them. Its answer claims are this process's own: one node only.
     */
    public SupportEngine(
            LiveFaq live,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed) {
        this(live, llm, store, handoff, ledger, settings, clock, missed, SupportEvents.none());
    }

    /**
     * As above, and tells {@code events} what happens: conversations started, every turn stored, handoffs, messages
     * left. Its answer claims are this process's own: one node only.
     */
    public SupportEngine(
            LiveFaq live,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed,
            SupportEvents events) {
        this(live, llm, store, handoff, ledger, settings, clock, missed, events, new InMemoryAnswerClaims());
    }

    /**
     * As above, with the answer claims of every node that shares {@code store}, so that a message re-sent to another
     * node while this one answers it is not answered twice.
     */
    public SupportEngine(
            LiveFaq live,
            LlmClient llm,
            ConversationStore store,
            HumanHandoff handoff,
            CostLedger ledger,
            EngineSettings settings,
            Clock clock,
            MissedQuestions missed,
            SupportEvents events,
            AnswerClaims claims) {
        this.live = live;
        this.events = events;
        this.claims = claims;
        this.store = store;
        this.batchAnswers = new BatchAnswers(store);
        this.handoff = handoff;
        this.clock = clock;
        this.replays = new Replays(store);
        this.responders = new VersionResponders(
                llm,
                store,
                handoff,
                ledger,
                settings.costs(),
                clock,
                new MissedQuestionNotes(missed, new PiiMasker()),
                events);
    }

    /**
     * Begins a conversation that the bot answers, stored at once so that a client that reconnects before writing
     * anything can resume it.
     *
     * @param channel which channel it comes in on, e.g. {@code widget}
     * @param externalUserId who the visitor is on that channel, or null
     */
    public ConversationId startConversation(String channel, String externalUserId) {
        ConversationId id = ConversationId.random();
        store.setState(id, ConversationState.BOT);
        events.emit(new ConversationStarted(SupportEvent.newId(), clock.instant(), id, channel, externalUserId));
        return id;
    }

    /** Handles one visitor message. */
    public Reply handle(VisitorMessage message) {
        return handleAll(List.of(message)).get(0);
    }

    /**
     * Handles messages that arrived together, classifying them in one batch, which is much cheaper per message for an
     * encoder. Replies come back in the order of {@code messages}.
     */
    public List<Reply> handleAll(List<VisitorMessage> messages) {
        List<Understood> understood = understandAll(messages);
        List<Optional<Reply>> fromFaq = respondFromFaq(understood, ConversationScope.none());
        List<Reply> replies = new ArrayList<>(understood.size());
        for (int i = 0; i < understood.size(); i++) {
            if (fromFaq.get(i).isPresent()) {
                replies.add(fromFaq.get(i).get());
                continue;
            }
            try {
                replies.add(respond(understood.get(i)));
            } catch (RuntimeException | Error e) {
                // the messages not yet responded to are not answered: a re-send must find them unclaimed
                List<Turn> unanswered = new ArrayList<>();
                for (int j = i + 1; j < understood.size(); j++) {
                    if (fromFaq.get(j).isEmpty() && understood.get(j).claimed()) {
                        unanswered.add(understood.get(j).visitorTurn());
                    }
                }
                release(unanswered);
                throw e;
            }
        }
        return replies;
    }

    /**
     * The first half of {@link #handleAll}: stores the messages and classifies, in one classifier call, those the bot
     * answers. This is the half that needs the encoder; a channel runs it for one batch at a time and {@link
     * #respond answers} the messages elsewhere, so that the encoder never waits for an LLM or a store.
     *
     * @return one entry per message, in order
     */
    public List<Understood> understandAll(List<VisitorMessage> messages) {
        FaqVersion version = live.current();
        Responder responder = responders.forVersion(version);
        List<Accepted> accepted = acceptAll(messages);
        List<Turn> toClassify = accepted.stream()
                .filter(Accepted::botAnswers)
                .map(Accepted::turn)
                .toList();
        BatchClassification batch = BatchClassification.of(version.classifier(), toClassify);
        return accepted.stream()
                .map(a -> new Understood(a.turn(), a.fresh(), a.claimed(), batch, version.classifier(), responder))
                .toList();
    }

    /**
     * The quick part of the second half of {@link #handleAll}: answers, together and in a few store round trips for the
     * whole batch, the understood messages that the FAQ answers at once, on the calling thread. The others come back
     * empty and untouched: pass each to {@link #respond}, in the order they arrived.
     *
     * @param scope runs the part of answering that concerns one conversation (logging it, for one)
     * @return one entry per understood message, in order
     */
    public List<Optional<Reply>> respondFromFaq(List<Understood> batch, ConversationScope scope) {
        List<Optional<Reply>> replies;
        try {
            replies = batchAnswers.answer(batch, scope);
        } catch (RuntimeException | Error e) {
            release(batch.stream()
                    .filter(Understood::claimed)
                    .map(Understood::visitorTurn)
                    .toList());
            throw e;
        }
        List<Turn> answered = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (replies.get(i).isPresent()) {
                answered.add(batch.get(i).visitorTurn());
            }
        }
        release(answered);
        return replies;
    }

    /**
     * The second half of {@link #handleAll}: decides who answers one understood message and answers it, which may
     * take as long as an LLM call. Messages of one conversation must be responded to in the order they arrived;
     * messages of different conversations may be responded to concurrently.
     */
    public Reply respond(Understood understood) {
        Turn turn = understood.visitorTurn();
        if (!understood.claimed()) {
            throw new StillAnswering(turn.id());
        }
        try {
            if (understood.fresh()) {
                return answer(understood, turn);
            }
            Reply replay = replays.replay(turn, currentState(turn.conversationId()));
            if (!Replays.neverAnswered(replay)) {
                return replay;
            }
            // Stored by an attempt that ended before the answer (the store failed, or its node stopped): this one holds
            // the claim now, so nobody else is answering it. Answer the stored turn, or the visitor would wait for
            // ever.
            return answer(understood, replay.visitorTurn());
        } finally {
            release(List.of(turn));
        }
    }

    private Reply answer(Understood understood, Turn turn) {
        // Re-read: an earlier message of the same batch may have handed the conversation off.
        Optional<ConversationState> stored = store.state(turn.conversationId());
        ConversationState state = stored.orElse(ConversationState.BOT);
        if (!state.botAnswers()) {
            return new Reply(turn, List.of(), state, false, false);
        }
        if (stored.isEmpty() || state == ConversationState.CLOSED) {
            store.setState(turn.conversationId(), ConversationState.BOT);
        }
        Responder responder = understood.responder();
        if (understood.classifierFailure().isPresent()) {
            return responder.cannotUnderstand(
                    turn, understood.classifierFailure().get());
        }
        ClassifiedQuestion question;
        try {
            // Not in the batch if an agent handed the conversation back meanwhile, or if it was re-sent unanswered:
            // classify it on its own.
            question = understood
                    .classified()
                    .orElseGet(() -> understood
                            .classifier()
                            .classifyQuestions(List.of(turn.text()))
                            .get(0));
        } catch (RuntimeException classifierFailure) {
            return responder.cannotUnderstand(turn, classifierFailure);
        }
        return responder.respond(turn, question);
    }

    /** Keeps a message for the team from a visitor who was handed off with nobody online; they are answered by email. */
    public LeftMessage leaveMessage(ConversationId id, String email, String text) {
        LeftMessage message = new LeftMessage(id, email, text, clock.instant());
        handoff.leaveMessage(message);
        events.emit(MessageLeft.of(message));
        return message;
    }

    /**
     * A visitor turn stored for a message, or the stored one when the message was re-sent; or, when another attempt
     * holds its claim, the message as received, neither stored nor to be answered here.
     */
    private record Accepted(Turn turn, boolean fresh, boolean claimed, boolean botAnswers) {}

    // Three round trips for the whole batch: the claims, the visitor turns, then the states of the conversations they
    // opened or continued. Batches hold one message per conversation, but a caller of handleAll may pass several.
    private List<Accepted> acceptAll(List<VisitorMessage> messages) {
        List<Turn> turns = messages.stream()
                .map(m -> Turn.visitor(m.messageId(), m.conversationId(), m.text(), clock.instant()))
                .toList();
        List<Boolean> claimed = claims.claimAll(turns);
        List<Turn> ours = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            if (claimed.get(i)) {
                ours.add(turns.get(i));
            }
        }
        List<Boolean> appended;
        List<Optional<ConversationState>> states;
        try {
            appended = store.appendAll(ours);
            states = store.states(ours.stream().map(Turn::conversationId).toList());
        } catch (RuntimeException | Error e) {
            release(ours);
            throw e;
        }
        List<Accepted> accepted = new ArrayList<>(turns.size());
        List<MessageCreated> created = new ArrayList<>(turns.size());
        for (int i = 0, k = 0; i < turns.size(); i++) {
            if (!claimed.get(i)) {
                accepted.add(new Accepted(turns.get(i), false, false, false));
                continue;
            }
            boolean fresh = appended.get(k);
            if (fresh) {
                created.add(MessageCreated.of(turns.get(i)));
            }
            boolean botAnswers =
                    fresh && states.get(k).orElse(ConversationState.BOT).botAnswers();
            accepted.add(new Accepted(turns.get(i), fresh, true, botAnswers));
            k++;
        }
        if (!created.isEmpty()) {
            events.emitAll(created);
        }
        return accepted;
    }

    /**
     * Releases claims once their messages are answered or abandoned. A release that fails is logged and otherwise
     * ignored: the answer stands, and a re-send finds it once the claim's lease has run out.
     */
    private void release(List<Turn> turns) {
        if (turns.isEmpty()) {
            return;
        }
        try {
            claims.releaseAll(turns);
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Could not release the answer claims of {0} messages: {1}",
                    turns.size(),
                    e);
        }
    }

    private ConversationState currentState(ConversationId id) {
        return store.state(id).orElse(ConversationState.BOT);
    }
}
