package dev.penny.channels.wire;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One client's socket, safe to send to from any thread: sends are serialised by Spring's decorator, which buffers
 * while another thread sends and closes a client that stops reading.
 */
public final class ClientSocket {

    private static final Logger log = LoggerFactory.getLogger(ClientSocket.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final WebSocketSession session;
    private final EnvelopeCodec codec;

    public ClientSocket(WebSocketSession session, EnvelopeCodec codec) {
        this.session = new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES);
        this.codec = codec;
    }

    /** Sends a frame; a closed or failing socket drops it, since the turn is stored and resumed from there. */
    public void send(Frame frame) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendMessage(new TextMessage(codec.write(frame)));
        } catch (IOException | RuntimeException e) {
            // Includes the decorator giving up on a client that stopped reading; it closes the session itself.
            log.debug("Could not send {} to {}: {}", frame.type(), session.getId(), e.toString());
        }
    }

    public void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Could not close {}: {}", session.getId(), e.toString());
        }
    }

    /** The transport's id, for logs only; never a conversation id. */
    public String transportId() {
        return session.getId();
    }
}
