package dev.penny.channels.agent;

import dev.penny.channels.wire.ClientSocket;
import dev.penny.channels.wire.Frame;
import dev.penny.core.handoff.AgentId;

/** One agent console socket; an agent may have several (tabs, nodes). */
record AgentConnection(AgentId agent, ClientSocket socket) {

    void send(Frame frame) {
        socket.send(frame);
    }
}
