package dev.penny.channels.e2e;

import dev.penny.core.channel.Channel;
import dev.penny.core.channel.ChannelVisitor;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.engine.Reply;
import dev.penny.core.engine.VisitorMessage;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A third channel, written against the {@link Channel} port alone as an application would write one (a Slack bridge
 * would post where this one queues), keeps the same contract.
 */
class InProcessChannelIT extends PennyChannelContract {

    @Autowired
    VisitorDesk desk;

    /** The whole channel: a name, and somewhere to put what the desk delivers. */
    private static final class QueueChannel implements Channel {

        final BlockingQueue<ConversationUpdate> updates = new LinkedBlockingQueue<>();

        @Override
        public String name() {
            return "in-process";
        }

        @Override
        public void deliver(ConversationUpdate update) {
            updates.add(update);
        }
    }

    @Override
    protected ChannelVisitor newVisitor() {
        QueueChannel channel = new QueueChannel();
        ConversationId id = desk.start(channel, "visitor-42").id();
        VisitorDesk.Following following = desk.follow(channel, id);
        return new ChannelVisitor() {
            @Override
            public ConversationId conversation() {
                return id;
            }

            @Override
            public Answer send(String messageId, String text) {
                Reply reply = desk.receive(new VisitorMessage(id, new MessageId(messageId), text))
                        .orTimeout(15, TimeUnit.SECONDS)
                        .join();
                return new Answer(
                        reply.botTurns().stream().map(t -> t.id().value()).toList(),
                        reply.botTurns().stream().map(t -> t.text()).toList(),
                        reply.botTurns().get(0).decision().route().name().toLowerCase(Locale.ROOT),
                        reply.state().name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Update nextUpdate() {
                try {
                    ConversationUpdate update = channel.updates.poll(2, TimeUnit.SECONDS);
                    return update == null ? null : new Update(update.kind(), text(update));
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public void close() {
                following.close();
            }
        };
    }

    private static String text(ConversationUpdate update) {
        return update.turn().text();
    }
}
