package dev.penny.channels.desk;

import dev.penny.core.desk.VisitorIdentity;
import java.util.Map;
import java.util.TreeMap;

/** The visitor's identity as the console reads it; {@code verified} false: the page claimed it, nobody vouched for it. */
public record IdentityView(String userId, Map<String, String> attributes, boolean verified) {

    /** The view of an identity, or null for none. */
    public static IdentityView of(VisitorIdentity identity) {
        return identity == null
                ? null
                : new IdentityView(identity.userId(), new TreeMap<>(identity.attributes()), identity.verified());
    }
}
