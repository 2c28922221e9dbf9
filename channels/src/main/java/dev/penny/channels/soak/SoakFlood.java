package dev.penny.channels.soak;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many sockets from this one address against one node, each starting a conversation and then sending a message
 * every second whatever comes back: the abuse the per-address limits are for.
 */
final class SoakFlood implements AutoCloseable {

    /** The one address every flood socket comes from (a documentation address, RFC 5737). */
    static final String ADDRESS = "203.0.113.7";

    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong closedByServer = new AtomicLong();
    private final AtomicLong errorFrames = new AtomicLong();
    private volatile boolean running = true;
    private final Thread sender;

    SoakFlood(int port, int sockets) {
        HttpClient http = HttpClient.newHttpClient();
        URI url = URI.create("ws://localhost:" + port + "/ws/visitor");
        List<CompletableFuture<WebSocket>> opening = new CopyOnWriteArrayList<>();
        for (int i = 0; i < sockets; i++) {
            opening.add(http.newWebSocketBuilder()
                    .header("Origin", "http://localhost:" + port)
                    .header("X-Forwarded-For", ADDRESS)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(url, new Listener())
                    .whenComplete((socket, failure) -> {
                        if (failure != null) {
                            refused.incrementAndGet();
                        } else {
                            open.add(socket);
                            socket.sendText("{\"v\":1,\"type\":\"session.start\",\"payload\":{}}", true);
                        }
                    }));
        }
        sender = new Thread(this::sendEverySecond, "soak-flood");
        sender.setDaemon(true);
        sender.start();
    }

    private void sendEverySecond() {
        long n = 0;
        while (running) {
            for (WebSocket socket : open) {
                if (!socket.isOutputClosed()) {
                    socket.sendText(
                                    "{\"v\":1,\"type\":\"user.message\",\"id\":\"flood-" + (n++)
                                            + "\",\"payload\":{\"text\":\"how do I change my PIN\"}}",
                                    true)
                            .exceptionally(e -> null);
                }
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long opened() {
        return open.size();
    }

    long refused() {
        return refused.get();
    }

    long closedByServer() {
        return closedByServer.get();
    }

    long errorFrames() {
        return errorFrames.get();
    }

    @Override
    public void close() {
        running = false;
        sender.interrupt();
        open.forEach(WebSocket::abort);
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (data.toString().contains("\"type\":\"error\"")) {
                errorFrames.incrementAndGet();
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer.incrementAndGet();
            return null;
        }
    }
}
