package dev.penny.core.desk;

import java.util.Map;
import java.util.Objects;

/**
 * Who the host site says the visitor is. Only a {@code verified} identity carried a valid signature of its user id made
 * with the site's secret; any other is what the visitor's browser claimed, and agents must not trust it.
 *
 * @param userId the site's id of the user
 * @param attributes what the site tells agents about them (name, plan, …); signed only through the user id, so as
 *     trustworthy as the page that sent them
 * @param verified whether the signature of {@code userId} was right
 */
public record VisitorIdentity(String userId, Map<String, String> attributes, boolean verified) {

    public static final int MAX_USER_ID_LENGTH = 200;
    public static final int MAX_ATTRIBUTES = 20;
    public static final int MAX_ATTRIBUTE_NAME_LENGTH = 40;
    public static final int MAX_ATTRIBUTE_VALUE_LENGTH = 200;

    public VisitorIdentity {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new IllegalArgumentException("a user id has 1 to " + MAX_USER_ID_LENGTH + " characters");
        }
        attributes = Map.copyOf(attributes);
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException("at most " + MAX_ATTRIBUTES + " attributes");
        }
        attributes.forEach((name, value) -> {
            if (name.isBlank() || name.length() > MAX_ATTRIBUTE_NAME_LENGTH) {
                throw new IllegalArgumentException(
                        "an attribute name has 1 to " + MAX_ATTRIBUTE_NAME_LENGTH + " characters");
            }
            if (value.length() > MAX_ATTRIBUTE_VALUE_LENGTH) {
                throw new IllegalArgumentException(
                        "an attribute value has at most " + MAX_ATTRIBUTE_VALUE_LENGTH + " characters");
            }
        });
    }
}
