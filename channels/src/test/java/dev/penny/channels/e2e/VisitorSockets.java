package dev.penny.channels.e2e;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The visitor sockets a test opens, each from a client address forwarded as by a trusted proxy, so that tests with
 * per-address allowances do not share them; every socket is closed after the test.
 */
final class VisitorSockets implements AfterEachCallback {

    private final List<SocketClient> open = new ArrayList<>();

    /** A visitor socket to the node on {@code port}, from {@code address}. */
    SocketClient from(int port, String address) {
        SocketClient socket = SocketClient.visitorFrom(port, address);
        open.add(socket);
        return socket;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(SocketClient::close);
        open.clear();
    }
}
