package dev.penny.core.handoff;

import java.util.regex.Pattern;

/**
 * Identifies a support agent, as the agent console's login knows them.
 *
 * @param value 1 to 64 characters of letters, digits and {@code . _ @ -} (an email address fits)
 */
public record AgentId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public AgentId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an agent id is 1 to 64 characters of [A-Za-z0-9._@-]");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
