package dev.penny.channels.visitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link AbuseProperties} limits of one client address: its sockets, counted on this node (a socket is held by one
 * node, so each node bounds what it holds), and its allowances, which {@link Allowances} keeps: on Redis, shared by
 * every node. An entry lives while the address holds a socket here; the allowances outlive it, so closing every socket
 * and reconnecting does not reset them.
 */
final class AddressLimits {

    private final int socketsPerAddress;
    private final Allowances allowances;
    private final Allowances.Kind conversations;
    private final Allowances.Kind messages;
    private final Allowances.Kind leftMessages;
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();

    AddressLimits(AbuseProperties limits, Allowances allowances) {
        this.socketsPerAddress = limits.socketsPerAddress();
        this.allowances = allowances;
        this.conversations = limits.conversations();
        this.messages = limits.messages();
        this.leftMessages = limits.leftMessages();
    }

    /** Counts a socket opened from {@code address}; null when the address already holds as many as allowed. */
    Address open(String address) {
        Address[] opened = {null};
        addresses.compute(address, (key, entry) -> {
            Address current = entry == null ? new Address(key) : entry;
            if (current.sockets < socketsPerAddress) {
                current.sockets++;
                opened[0] = current;
            }
            return current.sockets == 0 ? null : current;
        });
        return opened[0];
    }

    /** One client address: its open sockets on this node and its allowances. */
    final class Address {

        private final String address;
        private int sockets; // guarded by the map's compute on this address

        private Address(String address) {
            this.address = address;
        }

        boolean tryStartConversation() {
            return allowances.tryTake(conversations, address);
        }

        boolean trySendMessage() {
            return allowances.tryTake(messages, address);
        }

        boolean tryLeaveMessage() {
            return allowances.tryTake(leftMessages, address);
        }

        void closed() {
            addresses.computeIfPresent(address, (key, entry) -> --entry.sockets == 0 ? null : entry);
        }
    }
}
