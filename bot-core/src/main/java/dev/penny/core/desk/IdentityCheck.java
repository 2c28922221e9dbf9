package dev.penny.core.desk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature a host page sends with a visitor's user id: the lowercase hex HMAC-SHA256 of the user id under a
 * secret only the site's server and Penny know, as Intercom's identity verification does. Signatures are compared in
 * constant time. Without a secret nothing is verified.
 */
public final class IdentityCheck {

    /** What the check found. */
    public enum Verdict {
        /** The signature is the user id's. */
        VERIFIED,
        /** No signature was sent. */
        UNSIGNED,
        /** A signature was sent and it is not the user id's: forged, or made with another secret. */
        FORGED,
        /** Penny has no secret, so it cannot verify anyone. */
        NO_SECRET
    }

    /** The identity as agents will see it, and why it is or is not verified. */
    public record Checked(VisitorIdentity identity, Verdict verdict) {}

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec secret;

    /** @param secret the shared secret; null or empty when identities are not verified */
    public IdentityCheck(String secret) {
        this.secret = secret == null || secret.isEmpty()
                ? null
                : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /**
     * Checks a claimed identity.
     *
     * @throws IllegalArgumentException when the user id or attributes break {@link VisitorIdentity}'s limits
     */
    public Checked check(String userId, Map<String, String> attributes, String signature) {
        Verdict verdict = verdict(userId, signature);
        return new Checked(new VisitorIdentity(userId, attributes, verdict == Verdict.VERIFIED), verdict);
    }

    /** The signature the site's server computes for a user id; for tests and examples. */
    public String sign(String userId) {
        if (secret == null) {
            throw new IllegalStateException("no secret to sign with");
        }
        return HexFormat.of().formatHex(mac(userId));
    }

    private Verdict verdict(String userId, String signature) {
        if (secret == null) {
            return Verdict.NO_SECRET;
        }
        if (signature == null || signature.isEmpty()) {
            return Verdict.UNSIGNED;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return Verdict.FORGED;
        }
        return MessageDigest.isEqual(mac(userId), given) ? Verdict.VERIFIED : Verdict.FORGED;
    }

    private byte[] mac(String userId) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            return mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
