package dev.penny.channels.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbound webhooks: every support event POSTed to one URL, signed.
 *
 * @param url where events are POSTed (PENNY_WEBHOOK_URL); empty (the default): no webhooks
 * @param secret the HMAC-SHA256 key of the Penny-Signature header (PENNY_WEBHOOK_SECRET); required with
 *     a URL
 * @param events the event types sent, e.g. handoff.requested,message.created; empty (the default): all
 * @param timeout how long one POST may take before it counts as failed and is retried
 * @param firstRetry the wait after the first failed attempt; each further failure doubles it, up to max-retry
 * @param maxRetry the longest wait between attempts; an event is retried until delivered
 * @param maxBacklog the most undelivered events kept (in Redis, the stream's approximate length cap); beyond it the
 *     oldest are dropped
 */
@ConfigurationProperties("penny.webhooks")
public record WebhookProperties(
        String url,
        String secret,
        List<String> events,
        Duration timeout,
        Duration firstRetry,
        Duration maxRetry,
        Integer maxBacklog) {

    public WebhookProperties {
        url = url == null ? "" : url.strip();
        secret = secret == null ? "" : secret;
        events = events == null
                ? List.of()
                : events.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        firstRetry = firstRetry == null ? Duration.ofSeconds(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofMinutes(5) : maxRetry;
        maxBacklog = maxBacklog == null ? 1_000_000 : maxBacklog;
        if (!url.isEmpty() && secret.isEmpty()) {
            throw new IllegalArgumentException("penny.webhooks.secret (PENNY_WEBHOOK_SECRET) is required with a URL");
        }
        if (maxBacklog < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException(
                    "penny.webhooks: max-backlog must be positive, max-retry >= first-retry");
        }
    }

    /** True when a URL is configured. */
    public boolean enabled() {
        return !url.isEmpty();
    }

    /** True when events of this type are sent. */
    public boolean sends(String type) {
        return events.isEmpty() || events.contains(type);
    }
}
