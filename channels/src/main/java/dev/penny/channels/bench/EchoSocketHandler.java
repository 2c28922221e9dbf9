package dev.penny.channels.bench;

import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Sends every frame back unchanged: the benchmark's measure of what the WebSocket stack alone costs on this server.
 * Registered only when {@code penny.bench.echo} is true.
 */
final class EchoSocketHandler extends TextWebSocketHandler {

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
        synchronized (session) {
            session.sendMessage(message);
        }
    }
}
