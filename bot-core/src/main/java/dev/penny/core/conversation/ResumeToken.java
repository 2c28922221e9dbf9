package dev.penny.core.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret that lets a visitor's client resume its conversation: the public conversation id, a dot, and a random
 * secret. Only the visitor's client holds it; Penny keeps a hash of the secret ({@link ResumeTokens}). The public id is
 * what logs, the console, events and webhooks show; {@link #toString()} never shows the secret.
 *
 * @param conversationId the conversation it resumes
 * @param secret 22 random characters of [A-Za-z0-9_-]
 */
public record ResumeToken(ConversationId conversationId, String secret) {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{22}");

    public ResumeToken {
        Objects.requireNonNull(conversationId, "conversationId");
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("a resume token's secret is 22 characters of [A-Za-z0-9_-]");
        }
    }

    /** A new token for a conversation. */
    public static ResumeToken issue(ConversationId conversationId) {
        return new ResumeToken(conversationId, RandomTokens.next());
    }

    /** The token a client sent, or null when it is not one (a public conversation id alone is not). */
    public static ResumeToken parse(String text) {
        if (text == null || text.length() != 45 || text.charAt(22) != '.') {
            return null;
        }
        String id = text.substring(0, 22);
        String secret = text.substring(23);
        if (!ConversationId.isValid(id) || !SECRET.matcher(secret).matches()) {
            return null;
        }
        return new ResumeToken(new ConversationId(id), secret);
    }

    /** The token as the client keeps it: {@code <conversation id>.<secret>}. */
    public String value() {
        return conversationId.value() + "." + secret;
    }

    /** The SHA-256 of the secret, in hex: what a store keeps instead of the secret. */
    public String secretHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** True when {@code storedHash} is this token's {@link #secretHash()}, compared in constant time. */
    public boolean hashes(String storedHash) {
        return storedHash != null
                && MessageDigest.isEqual(
                        storedHash.getBytes(StandardCharsets.US_ASCII),
                        secretHash().getBytes(StandardCharsets.US_ASCII));
    }

    /** Names the conversation only, so a token that reaches a log by mistake does not give its secret away. */
    @Override
    public String toString() {
        return "ResumeToken[" + conversationId + "]";
    }
}
