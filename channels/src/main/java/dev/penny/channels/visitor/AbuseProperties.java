package dev.penny.channels.visitor;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits per client address on the visitor socket, {@code penny.abuse.*}, which hold across reconnects: the
 * per-connection rate limit alone is reset by opening a new socket. The address is the TCP peer's, or the forwarded
 * client's when {@code server.forward-headers-strategy} trusts the proxy. On Redis the allowances (conversations,
 * messages, left messages) are kept in {@link Allowances} there and shared by every node; sockets are counted per node.
 *
 * @param idleTimeout a visitor socket that receives no frame for this long is closed (the widget pings every 30 s)
 * @param socketsPerAddress open visitor sockets one address may hold on this node; more are closed at once
 * @param conversationsPerAddress new conversations one address may start in a burst, refilled over
 *     conversations-period
 * @param conversationsPeriod time in which the conversation allowance refills
 * @param messagesPerAddress messages one address may send in a burst, over all its sockets, refilled over
 *     messages-period
 * @param messagesPeriod time in which the message allowance refills
 * @param turnsPerConversation turns (the visitor's, the bot's and agents') a conversation may hold; a message to a
 *     conversation that holds this many is refused, on the socket and the HTTP message API alike
 * @param leftMessagesPerConversation messages for the team one conversation may leave in a burst, refilled over
 *     left-messages-period
 * @param leftMessagesPerAddress messages for the team one address may leave in a burst, over all its conversations,
 *     refilled over left-messages-period
 * @param leftMessagesPeriod time in which the left-message allowances refill
 * @param addressKey on Redis, the key of the HMAC-SHA256 that names an allowance's address or conversation in its
 *     key, env PENNY_ABUSE_ADDRESS_KEY, the same on every node; empty: a plain SHA-256, which anyone reading Redis can
 *     reverse by trying addresses
 */
@ConfigurationProperties("penny.abuse")
public record AbuseProperties(
        Duration idleTimeout,
        Integer socketsPerAddress,
        Integer conversationsPerAddress,
        Duration conversationsPeriod,
        Integer messagesPerAddress,
        Duration messagesPeriod,
        Integer turnsPerConversation,
        Integer leftMessagesPerConversation,
        Integer leftMessagesPerAddress,
        Duration leftMessagesPeriod,
        String addressKey) {

    public AbuseProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(2) : idleTimeout;
        socketsPerAddress = socketsPerAddress == null ? 20 : socketsPerAddress;
        conversationsPerAddress = conversationsPerAddress == null ? 60 : conversationsPerAddress;
        conversationsPeriod = conversationsPeriod == null ? Duration.ofHours(1) : conversationsPeriod;
        messagesPerAddress = messagesPerAddress == null ? 60 : messagesPerAddress;
        messagesPeriod = messagesPeriod == null ? Duration.ofMinutes(1) : messagesPeriod;
        turnsPerConversation = turnsPerConversation == null ? 500 : turnsPerConversation;
        leftMessagesPerConversation = leftMessagesPerConversation == null ? 3 : leftMessagesPerConversation;
        leftMessagesPerAddress = leftMessagesPerAddress == null ? 10 : leftMessagesPerAddress;
        leftMessagesPeriod = leftMessagesPeriod == null ? Duration.ofHours(1) : leftMessagesPeriod;
        addressKey = addressKey == null ? "" : addressKey;
        if (socketsPerAddress < 1
                || turnsPerConversation < 1
                || leftMessagesPerConversation < 1
                || leftMessagesPerAddress < 1
                || leftMessagesPeriod.isNegative()
                || leftMessagesPeriod.isZero()
                || conversationsPerAddress < 1
                || messagesPerAddress < 1
                || idleTimeout.isNegative()
                || idleTimeout.isZero()
                || conversationsPeriod.isNegative()
                || conversationsPeriod.isZero()
                || messagesPeriod.isNegative()
                || messagesPeriod.isZero()) {
            throw new IllegalArgumentException("penny.abuse: limits and periods must be positive");
        }
    }

    static AbuseProperties defaults() {
        return new AbuseProperties(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** New conversations one address may start. */
    public Allowances.Kind conversations() {
        return new Allowances.Kind("conversations", conversationsPerAddress, conversationsPeriod);
    }

    /** Messages one address may send over all its sockets. */
    public Allowances.Kind messages() {
        return new Allowances.Kind("messages", messagesPerAddress, messagesPeriod);
    }

    /** Messages for the team one address may leave over all its conversations. */
    public Allowances.Kind leftMessages() {
        return new Allowances.Kind("left-messages", leftMessagesPerAddress, leftMessagesPeriod);
    }

    /** Messages for the team one conversation may leave. */
    public Allowances.Kind conversationLeftMessages() {
        return new Allowances.Kind("left-messages", leftMessagesPerConversation, leftMessagesPeriod);
    }
}
