package dev.penny.channels.redis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a client address in Redis keys without storing it: the first 16 bytes, in hex, of its HMAC-SHA256 under the
 * configured key, or of its SHA-256 without one. Every node must be given the same key, or each counts apart.
 */
final class AddressHash {

    private static final int BYTES = 16;

    private final SecretKeySpec key;

    /** @param key the HMAC key; blank for a plain SHA-256 */
    AddressHash(String key) {
        this.key = key.isBlank() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    boolean keyed() {
        return key != null;
    }

    String of(String address) {
        byte[] text = address.getBytes(StandardCharsets.UTF_8);
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
