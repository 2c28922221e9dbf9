package dev.penny.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.channel.Channel;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.channel.EngineVisitorDesk;
import dev.penny.core.channel.StartedConversation;
import dev.penny.core.conversation.InMemoryConversationEvents;
import dev.penny.core.conversation.InMemoryResumeTokens;
import dev.penny.core.conversation.MessageId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A visitor who keeps writing can resume their conversation as long as it lives, not only a TTL from its start. */
class ResumeTokenLifeTest {

    private static final Duration TTL = Duration.ofMinutes(30);

    private final SupportDesk desk = new SupportDesk();
    private final EngineVisitorDesk visitors = EngineVisitorDesk.direct(
            desk.engine, desk.store, new InMemoryResumeTokens(desk.clock, TTL), new InMemoryConversationEvents());
    private final Channel widget = new Channel() {
        @Override
        public String name() {
            return "widget";
        }

        @Override
        public void deliver(ConversationUpdate update) {}
    };

    @Test
    void every_message_extends_the_life_of_the_token_that_resumes_the_conversation() {
        StartedConversation written = visitors.start(widget, null);
        StartedConversation silent = visitors.start(widget, null);

        desk.clock.advance(TTL.minusMinutes(5));
        visitors.receive(new VisitorMessage(written.id(), MessageId.random(), "Track my card"))
                .join();
        desk.clock.advance(Duration.ofMinutes(10));

        assertThat(visitors.resume(written.resumeToken(), null)).isPresent();
        assertThat(visitors.resume(silent.resumeToken(), null)).isEmpty();
    }
}
