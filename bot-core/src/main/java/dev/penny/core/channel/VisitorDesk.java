package dev.penny.core.channel;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.ResumeToken;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.VisitorMessage;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where every {@link Channel} brings its visitors: it starts and resumes conversations, answers messages (the widget's
 * and every other channel's in the same batches) and delivers what happens later to the channels that follow a
 * conversation. Penny provides it; a channel is given it.
 */
public interface VisitorDesk {

    /**
     * Starts a conversation and emits {@code conversation.started} with the channel's name.
     *
     * @param externalUserId the visitor's id in the channel (a Slack user, a phone number), or null
     */
    StartedConversation start(Channel channel, String externalUserId);

    /**
     * Resumes the conversation of a resume token, on any node. Empty when the token is not the one issued for its
     * conversation, or the conversation expired: the visitor starts a new one.
     *
     * @param lastSeen the last turn the client has, or null for the whole transcript
     */
    Optional<Resumption> resume(ResumeToken token, MessageId lastSeen);

    /** True when the conversation exists (started and not expired), for channels that name it by its public id. */
    boolean knows(ConversationId id);

    /**
     * Answers a visitor's message. The message id is the channel's own for it (the widget's, the bridge's): the same
     * id sent again is answered once, and completes with the first answer ({@link Reply#alreadyAccepted()}). Completes
     * exceptionally with {@link dev.penny.core.engine.StillAnswering} while a first attempt is still being answered.
     */
    CompletableFuture<Reply> receive(VisitorMessage message);

    /**
     * Delivers the conversation's later updates to {@code channel} on this node, until the returned handle is closed.
     * Follow where the visitor is connected (the widget follows on the node that holds its socket); a channel with no
     * connection to its visitors, like the HTTP message API, follows nothing and hears of later events as webhooks.
     */
    Following follow(Channel channel, ConversationId id);

    /** A channel following a conversation; close it when the visitor leaves. */
    interface Following extends AutoCloseable {
        @Override
        void close();
    }
}
