package dev.penny.channels.privacy;

import java.time.Clock;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per privacy call, on logger {@code penny.audit.privacy}: who, what, when and how it ended, never the
 * content. It reads {@code privacy action=<action> by=<account> at=<instant> outcome=<outcome> [key=value …]}, e.g.
 * {@code privacy action=erase-conversation by=lena at=2026-12-06T10:00:00Z outcome=erased
 * conversation=Q0eH… turns=4 left_messages=1}. An email address is never written: it is what the visitor asked to
 * have forgotten.
 */
public final class PrivacyAudit {

    static final String LOGGER = "penny.audit.privacy";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final Clock clock;

    public PrivacyAudit(Clock clock) {
        this.clock = clock;
    }

    /** Writes the line; {@code details} in their iteration order. */
    void record(PrivacyAction action, String by, String outcome, Map<String, ?> details) {
        StringJoiner line = new StringJoiner(" ");
        line.add("privacy action=" + action.wire());
        line.add("by=" + (by == null || by.isBlank() ? "anonymous" : by));
        line.add("at=" + clock.instant());
        line.add("outcome=" + outcome);
        details.forEach((key, value) -> line.add(key + "=" + value));
        log.info(line.toString());
    }
}
