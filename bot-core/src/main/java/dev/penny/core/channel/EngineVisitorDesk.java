package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.ResumeToken;
import dev.penny.core.conversation.ResumeTokens;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.SupportEngine;
import dev.penny.core.engine.VisitorMessage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link VisitorDesk} over the engine and the ports: conversations in the store, resume tokens hashed in {@link
 * ResumeTokens}, later updates from {@link ConversationEvents}, which reach every node.
 */
public final class EngineVisitorDesk implements VisitorDesk, AutoCloseable {

    private final SupportEngine engine;
    private final ConversationStore store;
    private final ResumeTokens tokens;
    private final Answering answering;
    private final ChannelFollowers followers;
    private final ConversationEvents.Subscription subscription;

    public EngineVisitorDesk(
            SupportEngine engine,
            ConversationStore store,
            ResumeTokens tokens,
            ConversationEvents events,
            Answering answering) {
        this.engine = engine;
        this.store = store;
        this.tokens = tokens;
        this.answering = answering;
        this.followers = new ChannelFollowers(store);
        this.subscription = events.subscribe(followers);
    }

    /** A desk whose engine answers each message on the caller's thread, for tests and single-threaded uses. */
    public static EngineVisitorDesk direct(
            SupportEngine engine, ConversationStore store, ResumeTokens tokens, ConversationEvents events) {
        return new EngineVisitorDesk(
                engine, store, tokens, events, message -> CompletableFuture.completedFuture(engine.handle(message)));
    }

    @Override
    public StartedConversation start(Channel channel, String externalUserId) {
        ConversationId id = engine.startConversation(channel.name(), externalUserId);
        return new StartedConversation(id, tokens.issue(id));
    }

    @Override
    public Optional<Resumption> resume(ResumeToken token, MessageId lastSeen) {
        ConversationId id = token.conversationId();
        if (!tokens.matches(token) || !knows(id)) {
            return Optional.empty();
        }
        ConversationState state = store.state(id).orElse(ConversationState.BOT);
        List<Turn> missed = lastSeen == null ? store.transcript(id) : store.turnsAfter(id, lastSeen);
        return Optional.of(new Resumption(id, state, missed));
    }

    @Override
    public boolean knows(ConversationId id) {
        return store.state(id).isPresent() || !store.recentTurns(id, 1).isEmpty();
    }

    @Override
    public CompletableFuture<Reply> receive(VisitorMessage message) {
        // The transcript lives a TTL from its last write; the token that resumes it must live as long.
        tokens.keepAlive(message.conversationId());
        return answering.answer(message);
    }

    @Override
    public Following follow(Channel channel, ConversationId id) {
        return followers.follow(channel, id);
    }

    @Override
    public void close() {
        subscription.close();
        followers.close();
    }
}
