package dev.penny.core.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Channel} must do for its visitors, checked through the channel's own transport. Extend it once per
 * channel: {@link #newVisitor()} starts a conversation as the channel's client would, and {@link #newAgent()} is a
 * support agent on Penny's agent side.
 */
public abstract class ChannelContract {

    /** A visitor who has just started a conversation through the channel. */
    protected abstract ChannelVisitor newVisitor();

    /** A support agent, online until closed, in the Penny the channel talks to. */
    protected abstract ContractAgent newAgent();

    /** A question the catalog answers from the FAQ, and a fragment of its answer. */
    protected abstract String[] faqQuestionAndAnswer();

    /** A message that asks for a person. */
    protected String askForAPerson() {
        return "I want to talk to a human";
    }

    @Test
    void a_faq_question_is_answered_from_the_faq() {
        String[] faq = faqQuestionAndAnswer();
        try (ChannelVisitor visitor = newVisitor()) {
            ChannelVisitor.Answer answer = visitor.send(messageId(), faq[0]);

            assertThat(answer.route()).isEqualTo("faq");
            assertThat(answer.state()).isEqualTo("bot");
            assertThat(String.join(" ", answer.texts())).contains(faq[1]);
        }
    }

    @Test
    void a_message_sent_again_with_its_id_gets_the_first_answer_and_nothing_new() {
        String[] faq = faqQuestionAndAnswer();
        try (ChannelVisitor visitor = newVisitor()) {
            String id = messageId();
            ChannelVisitor.Answer first = visitor.send(id, faq[0]);
            ChannelVisitor.Answer again = visitor.send(id, faq[0]);

            assertThat(again.turnIds()).isEqualTo(first.turnIds());
            assertThat(again.texts()).isEqualTo(first.texts());
        }
    }

    @Test
    void an_agent_joining_writing_and_closing_reaches_the_visitor_in_order() {
        try (ContractAgent agent = newAgent();
                ChannelVisitor visitor = newVisitor()) {
            ChannelVisitor.Answer handedOff = visitor.send(messageId(), askForAPerson());
            assertThat(handedOff.state()).isEqualTo("waiting_for_agent");
            assertThat(handedOff.route()).isEqualTo("human");

            assertThat(agent.claim(visitor.conversation())).isTrue();
            assertThat(visitor.nextUpdate().kind()).isEqualTo(ConversationUpdate.Kind.AGENT_JOINED);

            agent.say(visitor.conversation(), "Hello, I am here to help.");
            ChannelVisitor.Update reply = visitor.nextUpdate();
            assertThat(reply.kind()).isEqualTo(ConversationUpdate.Kind.AGENT_MESSAGE);
            assertThat(reply.text()).isEqualTo("Hello, I am here to help.");

            agent.closeConversation(visitor.conversation());
            assertThat(visitor.nextUpdate().kind()).isEqualTo(ConversationUpdate.Kind.CLOSED);
        }
    }

    @Test
    void a_visitor_of_another_conversation_is_told_nothing() {
        try (ContractAgent agent = newAgent();
                ChannelVisitor asking = newVisitor();
                ChannelVisitor bystander = newVisitor()) {
            asking.send(messageId(), askForAPerson());
            assertThat(agent.claim(asking.conversation())).isTrue();
            agent.say(asking.conversation(), "Only for you.");
            assertThat(asking.nextUpdate().kind()).isEqualTo(ConversationUpdate.Kind.AGENT_JOINED);
            assertThat(asking.nextUpdate().text()).isEqualTo("Only for you.");

            String[] faq = faqQuestionAndAnswer();
            assertThat(bystander.send(messageId(), faq[0]).route()).isEqualTo("faq");
            assertThat(bystander.nextUpdate()).isNull();
            agent.closeConversation(asking.conversation());
        }
    }

    protected static String messageId() {
        return "m-" + UUID.randomUUID();
    }
}
