package dev.penny.channels.agent;

import dev.penny.core.handoff.HumanHandoff;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps agents with an open console counted as online: the server heartbeats for them three times per presence
 * period, so a node that dies stops counting its agents within one period.
 */
final class AgentPresence implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentPresence.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "penny-agent-presence");
        t.setDaemon(true);
        return t;
    });

    AgentPresence(AgentConnections connections, HumanHandoff handoff, Duration presence) {
        long every = Math.max(1000, presence.toMillis() / 3);
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        connections.agents().forEach(handoff::agentOnline);
                    } catch (RuntimeException e) {
                        log.warn("Could not refresh agents' presence: {}", e.toString());
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
