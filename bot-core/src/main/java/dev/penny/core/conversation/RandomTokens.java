package dev.penny.core.conversation;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/** Unguessable URL- and Redis-key-safe tokens: 122 random bits as 22 base64url characters. */
final class RandomTokens {

    private RandomTokens() {}

    static String next() {
        // UUID.randomUUID draws from a SecureRandom the JDK owns, so Penny keeps no random state of its own.
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
