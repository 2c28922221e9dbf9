package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationEvents} must do. Extend it once per implementation; {@link #newEvents()} returns two
 * handles that stand for two nodes (the same object for a single-node implementation).
 */
public abstract class ConversationEventsContract {

    /** Two handles on the same event bus, as two nodes would hold them. */
    protected abstract ConversationEvents[] newEvents();

    @Test
    void delivers_a_turn_to_listeners_on_every_node() throws Exception {
        ConversationEvents[] nodes = newEvents();
        List<Turn> heardOnSecond = new CopyOnWriteArrayList<>();
        try (ConversationEvents.Subscription s = nodes[1].subscribe(heardOnSecond::add)) {
            awaitSubscribed();
            Turn turn =
                    Turn.visitor(MessageId.random(), ConversationId.random(), "is my card on its way?", Instant.now());
            nodes[0].turnAppended(turn);
            assertThat(eventually(() -> heardOnSecond.size() == 1)).isTrue();
            assertThat(heardOnSecond.get(0)).isEqualTo(turn);
        }
    }

    @Test
    void delivers_one_conversations_turns_in_the_order_they_were_appended() throws Exception {
        ConversationEvents[] nodes = newEvents();
        List<Turn> heard = new CopyOnWriteArrayList<>();
        try (ConversationEvents.Subscription s = nodes[1].subscribe(heard::add)) {
            awaitSubscribed();
            ConversationId conversation = ConversationId.random();
            List<Turn> sent = IntStream.range(0, 200)
                    .mapToObj(n -> Turn.agent(MessageId.random(), conversation, "message " + n, Instant.now()))
                    .toList();
            sent.forEach(nodes[0]::turnAppended);
            assertThat(eventually(() -> heard.size() == sent.size())).isTrue();
            assertThat(heard).containsExactlyElementsOf(sent);
        }
    }

    @Test
    void announces_queue_changes_and_stops_after_close() throws Exception {
        ConversationEvents[] nodes = newEvents();
        List<String> heard = new CopyOnWriteArrayList<>();
        ConversationEvents.Subscription s = nodes[1].subscribe(new ConversationEvents.Listener() {
            @Override
            public void onTurn(Turn turn) {}

            @Override
            public void onQueueChanged() {
                heard.add("queue");
            }
        });
        awaitSubscribed();
        nodes[0].queueChanged();
        assertThat(eventually(() -> heard.size() == 1)).isTrue();
        s.close();
        nodes[0].queueChanged();
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(heard).hasSize(1);
    }

    @Test
    void announces_an_erased_conversation_on_every_node() throws Exception {
        ConversationEvents[] nodes = newEvents();
        List<ConversationId> heard = new CopyOnWriteArrayList<>();
        try (ConversationEvents.Subscription s = nodes[1].subscribe(new ConversationEvents.Listener() {
            @Override
            public void onTurn(Turn turn) {}

            @Override
            public void onConversationErased(ConversationId id) {
                heard.add(id);
            }
        })) {
            awaitSubscribed();
            ConversationId erased = ConversationId.random();
            nodes[0].conversationErased(erased);
            assertThat(eventually(() -> heard.size() == 1)).isTrue();
            assertThat(heard).containsExactly(erased);
        }
    }

    /** Gives an implementation whose subscription is asynchronous (Redis pub/sub) time to be listening. */
    protected void awaitSubscribed() throws InterruptedException {}

    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return condition.getAsBoolean();
    }
}
