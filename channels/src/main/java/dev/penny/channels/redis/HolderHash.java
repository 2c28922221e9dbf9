package dev.penny.channels.redis;

import dev.penny.core.conversation.ConversationId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names the holder of an allowance (a client address, a conversation) in Redis keys without storing it: the first 16
 * bytes, in hex, of the HMAC-SHA256 of {@code <kind of holder> <holder>} under the configured key, or of its SHA-256
 * without one. Every node must be given the same key, or each counts apart.
 */
final class HolderHash {

    private static final int BYTES = 16;

    private final SecretKeySpec key;

    /** @param key the HMAC key; blank for a plain SHA-256 */
    HolderHash(String key) {
        this.key = key.isBlank() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    boolean keyed() {
        return key != null;
    }

    String address(String address) {
        return of("address " + address);
    }

    String conversation(ConversationId id) {
        return of("conversation " + id.value());
    }

    /** The hash of a holder described in full, e.g. {@code "user alice"}. */
    String of(String holder) {
        byte[] text = holder.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest;
            if (key == null) {
                digest = MessageDigest.getInstance("SHA-256").digest(text);
            } else {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                digest = mac.doFinal(text);
            }
            return HexFormat.of().formatHex(Arrays.copyOf(digest, BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every JDK", e);
        }
    }
}
