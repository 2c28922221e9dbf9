package dev.penny.core.channel;

import dev.penny.core.conversation.Author;
import dev.penny.core.conversation.ConversationEvents;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationState;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.conversation.Turn;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The channels following each conversation on this node, and the delivery of agents' turns and notices to them. Bot
 * answers do not come this way: the desk completes the channel's own call with them.
 */
final class ChannelFollowers implements ConversationEvents.Listener, AutoCloseable {

    private static final System.Logger log = System.getLogger(ChannelFollowers.class.getName());

    private final ConversationStore store;
    private final ConcurrentHashMap<ConversationId, Set<Channel>> following = new ConcurrentHashMap<>();
    // One thread: updates reach each channel in the order they happened, and the event thread never waits on the store.
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "penny-channel-updates");
        t.setDaemon(true);
        return t;
    });

    ChannelFollowers(ConversationStore store) {
        this.store = store;
    }

    VisitorDesk.Following follow(Channel channel, ConversationId id) {
        following.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(channel);
        return () -> following.computeIfPresent(id, (k, set) -> {
            set.remove(channel);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void onTurn(Turn turn) {
        if ((turn.author() == Author.AGENT || turn.author() == Author.SYSTEM)
                && following.containsKey(turn.conversationId())) {
            thread.execute(() -> deliver(turn));
        }
    }

    private void deliver(Turn turn) {
        Set<Channel> channels = following.get(turn.conversationId());
        if (channels == null) {
            return;
        }
        ConversationUpdate update;
        try {
            update = new ConversationUpdate(kind(turn), turn);
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.WARNING, "Could not read the state for turn {0}: {1}", turn.id(), e);
            return;
        }
        for (Channel channel : channels) {
            try {
                channel.deliver(update);
            } catch (RuntimeException e) {
                log.log(
                        System.Logger.Level.WARNING,
                        "Channel {0} failed to deliver turn {1}: {2}",
                        channel.name(),
                        turn.id(),
                        e);
            }
        }
    }

    // Notices come from the agent desk, which sets the state before writing the notice.
    private ConversationUpdate.Kind kind(Turn turn) {
        if (turn.author() == Author.AGENT) {
            return ConversationUpdate.Kind.AGENT_MESSAGE;
        }
        return switch (store.state(turn.conversationId()).orElse(ConversationState.BOT)) {
            case WITH_AGENT -> ConversationUpdate.Kind.AGENT_JOINED;
            case CLOSED -> ConversationUpdate.Kind.CLOSED;
            case BOT, WAITING_FOR_AGENT -> ConversationUpdate.Kind.BACK_TO_BOT;
        };
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
