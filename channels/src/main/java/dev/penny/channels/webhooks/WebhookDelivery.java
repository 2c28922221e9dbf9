package dev.penny.channels.webhooks;

import dev.penny.channels.webhooks.WebhookQueue.Entry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs queued events to the receiver on a thread of its own, {@code penny-webhooks}, one at a time and in queue order,
 * so that a conversation's events arrive in the order they happened. A failed POST (an error, a timeout, a status
 * other than 2xx) is retried, with a wait that doubles from {@code firstRetry} up to {@code maxRetry}, until it is
 * delivered: nothing after it is sent meanwhile. Delivery is at least once: an event whose success was not recorded
 * (the process stopped in between) is sent again, with the same {@code id}.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int BATCH = 100;
    /** How often a node looks for events other nodes queued, or for the lease. */
    static final Duration POLL = Duration.ofMillis(100);

    private final WebhookProperties properties;
    private final WebhookQueue queue;
    private final WebhookSignature signature;
    private final Clock clock;
    private final HttpClient http;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    WebhookDelivery(WebhookProperties properties, WebhookQueue queue, Clock clock) {
        this.properties = properties;
        this.queue = queue;
        this.signature = new WebhookSignature(properties.secret());
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.thread = new Thread(this::deliver, "penny-webhooks");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Tells the delivery that events were queued, so it need not wait for its next look. */
    void wake() {
        wakeUp.release();
    }

    private void deliver() {
        Duration wait = properties.firstRetry();
        int attempt = 1;
        while (running) {
            try {
                List<Entry> batch = queue.mayDeliver() ? queue.next(BATCH) : List.of();
                if (batch.isEmpty()) {
                    wakeUp.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                    continue;
                }
                for (Entry entry : batch) {
                    String failure = post(entry.body());
                    if (failure != null) {
                        log.warn("Webhook delivery failed (attempt {}), retrying in {}: {}", attempt, wait, failure);
                        if (!sleep(wait)) {
                            return;
                        }
                        attempt++;
                        wait = min(wait.multipliedBy(2), properties.maxRetry());
                        // The retry reads the queue again, from the entry that failed: one erased meanwhile is gone.
                        break;
                    }
                    queue.delivered(entry);
                    wait = properties.firstRetry();
                    attempt = 1;
                }
            } catch (RuntimeException e) {
                // The queue's store failed (Redis away): nothing was lost, look again shortly.
                log.warn("Webhook queue unavailable: {}", e.toString());
                sleep(POLL.multipliedBy(10));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Null when delivered, otherwise why not. */
    private String post(String body) {
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, signature.sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "status " + status;
        } catch (java.io.IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Stops after the POST in flight; what is left stays queued (in Redis, for the next node or start). */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(properties.timeout().toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            queue.release();
        } catch (RuntimeException e) {
            // Redis connections may already be closed at shutdown: the lease then expires on its own within seconds.
            log.debug("Could not give the webhook lease up: {}", e.toString());
        }
    }
}
