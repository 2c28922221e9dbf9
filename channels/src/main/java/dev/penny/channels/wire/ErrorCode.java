package dev.penny.channels.wire;

import java.util.Locale;

/**
 * Why the server refused a frame, as the {@code code} of an {@code error} frame. Codes are stable: clients switch on
 * them, so a code is never renamed or reused; the accompanying {@code message} is for people and may change.
 */
public enum ErrorCode {
    /** The frame is not a JSON object. */
    BAD_JSON,
    /** {@code v} is missing or not a version this server speaks. */
    UNSUPPORTED_VERSION,
    /** {@code type} is missing or not a frame type of this endpoint. */
    UNKNOWN_TYPE,
    /** A payload field is missing or malformed (the message says which). */
    BAD_PAYLOAD,
    /** A conversation frame arrived before {@code session.start}. */
    NOT_STARTED,
    /** The text is longer than the configured maximum. */
    MESSAGE_TOO_LONG,
    /** The text is empty or blank. */
    EMPTY_MESSAGE,
    /** The connection sent more messages than the rate limit allows; wait and send again. */
    RATE_LIMITED,
    /** The conversation id is not a well-formed id. */
    INVALID_CONVERSATION,
    /** The conversation id names no conversation this server knows (never started, or expired). */
    UNKNOWN_CONVERSATION,
    /** The frame names a conversation other than the one this connection started or resumed. */
    CONVERSATION_MISMATCH,
    /** The email address of a left message does not look like one. */
    INVALID_EMAIL,
    /** Another agent claimed the conversation first. */
    ALREADY_CLAIMED,
    /** The conversation is not waiting for an agent (nobody handed it off, or it was released). */
    NOT_WAITING,
    /** The agent does not hold the conversation. */
    NOT_HELD,
    /** The server failed; the frame may be sent again. */
    INTERNAL,
    /**
     * A re-sent message is still being answered by its first attempt (perhaps on another node); send it again in a
     * few seconds, when its answer is stored or the attempt has been given up.
     */
    STILL_ANSWERING,
    /** Feedback names a turn that is not a bot answer of this conversation. */
    NOT_A_BOT_ANSWER,
    /** Feedback is malformed: a rating outside 1–5, a comment too long. */
    INVALID_FEEDBACK,
    /** A rating for a conversation no agent took part in. */
    NOTHING_TO_RATE,
    /** REST, catalog: an edited intent breaks a rule; the problems name each field. */
    INVALID_INTENT,
    /** REST, catalog: an import or the draft fails validation; nothing was changed. */
    INVALID_CATALOG,
    /** REST, catalog: the draft already has an intent with the id being created or renamed to. */
    INTENT_EXISTS,
    /** REST, catalog: the intent changed since the revision the edit was made on; nothing was overwritten. */
    EDIT_CONFLICT,
    /** REST, catalog: the draft has no intent with this id. */
    UNKNOWN_INTENT,
    /** REST, catalog: no version with this number was published. */
    UNKNOWN_VERSION,
    /** REST, catalog: another version went live after this publish started; nothing was published. */
    PUBLISH_CONFLICT,
    /** REST, catalog: the classifier could not be trained; the live version keeps serving. */
    TRAINING_FAILED,
    /** REST, analytics: the granularity, the start or the end of the range is not understood, or it is too long. */
    INVALID_RANGE,
    /** REST: the store (Redis) did not answer; nothing was changed. */
    STORE_UNAVAILABLE,
    /** The client's address holds as many visitor sockets as allowed; the socket is closed (1008). */
    TOO_MANY_CONNECTIONS,
    /** HTTP message API: the bearer token is missing or not one of {@code penny.api.tokens}. */
    UNAUTHORIZED,
    /** HTTP message API: the message id was already used in this conversation for another text. */
    MESSAGE_ID_REUSED,
    /** HTTP message API: no {@code penny.api.tokens} are configured, so the API is off. */
    API_OFF,
    /**
     * {@code session.start} named a conversation without its resume token, or with one that is not its own or has
     * expired; the visitor starts a new conversation.
     */
    RESUME_REFUSED,
    /** REST, articles: a file or its text is over the size limits (also an HTML bomb, a PDF with too many pages). */
    ARTICLE_TOO_LARGE,
    /** REST, articles: the draft holds as many articles as a version may. */
    TOO_MANY_ARTICLES,
    /** REST, articles: the draft's articles would hold more text together than a version may. */
    TOO_MUCH_ARTICLE_TEXT,
    /** REST, articles: the draft already has an article with this id. */
    DUPLICATE_ARTICLE_ID,
    /** REST, articles: the id is not 1 to 64 lower-case letters, digits, {@code -} or {@code _}. */
    INVALID_ARTICLE_ID,
    /** REST, articles: the article's URL or a link in it is not http, https, mailto or a site path. */
    UNSAFE_LINK,
    /** REST, articles: the document cannot be read (a broken or encrypted PDF). */
    UNREADABLE_DOCUMENT,
    /** REST, articles: no text is left after extraction. */
    EMPTY_ARTICLE,
    /** REST, articles: the file is not Markdown, HTML or PDF. */
    UNSUPPORTED_FORMAT,
    /** REST, articles: the draft has no article with this id. */
    UNKNOWN_ARTICLE,
    /** REST, catalog: suggested examples need an LLM ({@code penny.llm.base-url}), and none is configured. */
    NO_LLM,
    /** REST, catalog: the LLM did not answer or failed; nothing was proposed, try again. */
    LLM_FAILED,
    /**
     * REST, catalog: the day's LLM budget ({@code penny.cost.budget-per-day}), which visitors' calls share, has not
     * enough left for the call; the LLM was not asked and nothing was charged.
     */
    LLM_BUDGET_EXHAUSTED,
    /**
     * The identity the page sent with {@code session.start} carries a signature that is not its user id's: the
     * conversation goes on, and agents see the identity as unverified.
     */
    IDENTITY_NOT_VERIFIED,
    /** The identity sent with {@code session.start} is malformed or too large; nothing of it was kept. */
    INVALID_IDENTITY,
    /** Agent console: a note is empty or too long. */
    INVALID_NOTE,
    /** Agent console: a transfer names no agent account, or the agent transferring. */
    UNKNOWN_AGENT,
    /** Agent console: a transfer names an agent who is not online, who would not see the conversation. */
    AGENT_OFFLINE,
    /** REST, canned responses: the locale, shortcut or text breaks a rule; nothing was saved. */
    INVALID_CANNED_RESPONSE,
    /** REST, canned responses: no canned response with this locale and shortcut. */
    UNKNOWN_CANNED_RESPONSE,
    /**
     * The message was not accepted, nothing of it stored: the server's queue is full or it is shutting down. Send it
     * again with the same id after the hinted {@code retryAfterMs} (HTTP: {@code Retry-After}), backing off.
     */
    BUSY,
    /** The conversation holds as many turns as {@code penny.abuse.turns-per-conversation} allows; start a new one. */
    TOO_MANY_TURNS,
    /** The conversation or the client's address left as many messages for the team as {@code penny.abuse.*} allows. */
    TOO_MANY_LEFT_MESSAGES,
    /** REST, privacy: no message was left with this email address, so there is nothing to erase under it. */
    UNKNOWN_VISITOR,
    /** REST, privacy: the account signed in but lacks the role this needs ({@code PRIVACY}). */
    FORBIDDEN;

    /** The code as it appears on the wire, e.g. {@code bad_json}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
