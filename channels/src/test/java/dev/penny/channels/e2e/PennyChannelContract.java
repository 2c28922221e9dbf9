package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.webhooks.WebhookReceiver;
import dev.penny.core.channel.ChannelContract;
import dev.penny.core.channel.ContractAgent;
import dev.penny.core.conversation.ConversationId;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The channel contract against Penny on a random port with the small test catalog, the HTTP message API on and
 * webhooks to a receiver the test runs. The channel tests share this one application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "penny.catalog=classpath:catalog/test-bank.yml",
            "penny.policy.min-answer-confidence=0.6",
            "penny.redis.url=",
            "penny.llm.base-url=",
            "penny.limits.allowed-origins=https://shop.example",
            "penny.limits.rate-limit-messages=100",
            "penny.api.tokens=channel-contract-token",
            "penny.webhooks.secret=whsec-channel-contract",
            "penny.webhooks.first-retry=50ms",
            "penny.agents[0].username=alice",
            "penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
            "penny.agents[0].roles=AGENT",
            "penny.agents[1].username=bob",
            "penny.agents[1].password-hash=" + RunningPenny.BOB_HASH,
        })
abstract class PennyChannelContract extends ChannelContract {

    /** Shared by every class of the contract, as the application is; it stops with the JVM. */
    static final WebhookReceiver RECEIVER = WebhookReceiver.start();

    @DynamicPropertySource
    static void receiver(DynamicPropertyRegistry registry) {
        registry.add("penny.webhooks.url", RECEIVER::url);
    }

    @LocalServerPort
    int port;

    /** Alice on a real agent socket, as the console connects. */
    @Override
    protected ContractAgent newAgent() {
        Agent alice = new Agent(SocketClient.agent(port, "alice", RunningPenny.ALICE_PASSWORD));
        return new ContractAgent() {
            @Override
            public boolean claim(ConversationId conversation) {
                return alice.claim(conversation.value()).path("type").asString().equals("claimed");
            }

            @Override
            public void say(ConversationId conversation, String text) {
                assertThat(alice.say(conversation.value(), text).path("type").asString())
                        .isNotEqualTo("error");
            }

            @Override
            public void closeConversation(ConversationId conversation) {
                String command = alice.command("agent.close", conversation.value(), Map.of());
                assertThat(alice.answerTo(command).path("type").asString()).isNotEqualTo("error");
            }

            @Override
            public void close() {
                alice.close();
            }
        };
    }

    @Override
    protected String[] faqQuestionAndAnswer() {
        return new String[] {"How do I change my PIN?", "PIN"};
    }
}
