package dev.penny.channels.api;

import dev.penny.channels.dispatch.DispatchBusy;
import dev.penny.channels.visitor.Allowances;
import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.engine.StillAnswering;
import dev.penny.core.engine.VisitorMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What the HTTP message API does: starts conversations and answers messages at the same visitor desk as the widget,
 * refusing what the widget's socket would refuse, with the API's statuses.
 */
final class ApiConversations {

    private static final Logger log = LoggerFactory.getLogger(ApiConversations.class);

    private final VisitorDesk desk;
    private final ConversationStore store;
    private final Allowances allowances;
    private final Allowances.Kind messagesPerConversation;
    private final int maxMessageChars;
    private final int maxTurns;
    private final Duration answerDeadline;

    ApiConversations(
            VisitorDesk desk,
            ConversationStore store,
            Allowances allowances,
            Allowances.Kind messagesPerConversation,
            int maxMessageChars,
            int maxTurns,
            Duration answerDeadline) {
        this.desk = desk;
        this.store = store;
        this.allowances = allowances;
        this.messagesPerConversation = messagesPerConversation;
        this.maxMessageChars = maxMessageChars;
        this.maxTurns = maxTurns;
        this.answerDeadline = answerDeadline;
    }

    /** The largest body read: room for the longest text, escaped, with the id and the JSON around it. */
    int maxBodyBytes() {
        return 6 * maxMessageChars + 4096;
    }

    /** The resume token is dropped: a bridge names the conversation by its id, under its bearer token. */
    ConversationId start(String channel, String externalUserId) {
        return desk.start(new ApiChannel(channel), externalUserId).id();
    }

    /** Checks the message, then completes with the reply once the bot has decided, or with an {@link ApiProblem}. */
    CompletableFuture<ApiReply> post(ConversationId id, String messageId, String text) {
        MessageId message = messageId(messageId);
        checkText(text);
        if (!desk.knows(id)) {
            throw ApiProblem.unknownConversation(id.value());
        }
        if (store.turnCount(id) >= maxTurns) {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    ErrorCode.TOO_MANY_TURNS,
                    "the conversation holds " + maxTurns + " turns, as many as allowed; start a new one");
        }
        if (!allowances.tryTake(messagesPerConversation, id)) {
            throw new ApiProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    ErrorCode.RATE_LIMITED,
                    "too many messages in this conversation; post again later",
                    List.of(),
                    Map.of("retryAfterSeconds", Math.max(1, messagesPerConversation.refillMillis() / 1000)));
        }
        return desk.receive(new VisitorMessage(id, message, text))
                .orTimeout(answerDeadline.toMillis(), TimeUnit.MILLISECONDS)
                .handle((reply, failure) -> {
                    if (failure != null) {
                        throw refusal(failure, message);
                    }
                    if (reply.alreadyAccepted() && !reply.visitorTurn().text().equals(text)) {
                        throw new ApiProblem(
                                HttpStatus.CONFLICT,
                                ErrorCode.MESSAGE_ID_REUSED,
                                "message " + message + " was posted before with another text");
                    }
                    return ApiReply.of(reply);
                });
    }

    private static ApiProblem refusal(Throwable failure, MessageId message) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof DispatchBusy busy) {
            return new ApiProblem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ErrorCode.BUSY,
                    "message " + message + " was not accepted: " + busy.getMessage(),
                    List.of(),
                    Map.of("retryAfterSeconds", Math.max(1, busy.retryAfter().toSeconds())));
        }
        if (cause instanceof StillAnswering) {
            return new ApiProblem(
                    HttpStatus.CONFLICT,
                    ErrorCode.STILL_ANSWERING,
                    "message " + message + " is still being answered; post it again in a few seconds");
        }
        if (cause instanceof TimeoutException) {
            return new ApiProblem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ErrorCode.INTERNAL,
                    "message " + message + " was not answered in time; post it again");
        }
        log.error("Could not answer API message {}", message, failure);
        return new ApiProblem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorCode.INTERNAL,
                "message " + message + " could not be answered; post it again");
    }

    private static MessageId messageId(String id) {
        if (!MessageId.isValid(id)) {
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "id must be 1 to 64 characters of [A-Za-z0-9_-]");
        }
        return new MessageId(id);
    }

    private void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.EMPTY_MESSAGE, "the message has no text");
        }
        if (text.length() > maxMessageChars) {
            throw new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    ErrorCode.MESSAGE_TOO_LONG,
                    "the message has " + text.length() + " characters; at most " + maxMessageChars + " are accepted");
        }
    }
}
