package dev.penny.channels.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Visitors' feedback ({@code penny.feedback.*}). A conversation's feedback expires with the conversation ({@code
 * penny.conversation.ttl}).
 *
 * @param countsKept the counts per catalog version are kept this long after their last change; 90 days
 */
@ConfigurationProperties("penny.feedback")
public record FeedbackProperties(Duration countsKept) {

    public FeedbackProperties {
        countsKept = countsKept == null ? Duration.ofDays(90) : countsKept;
        if (countsKept.isNegative() || countsKept.isZero()) {
            throw new IllegalArgumentException("penny.feedback.counts-kept must be positive");
        }
    }
}
