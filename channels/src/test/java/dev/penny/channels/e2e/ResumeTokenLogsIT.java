package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * The resume token is a secret: a whole conversation, logged at its most talkative, shows the public conversation id
 * and never the token's secret.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {
            "logging.level.dev.penny=TRACE",
            "logging.level.org.springframework.web.socket=TRACE",
            "logging.level.org.springframework.web=DEBUG",
        })
class ResumeTokenLogsIT extends RunningPenny {

    @Test
    void a_full_conversation_logs_the_public_id_and_never_the_resume_secret(CapturedOutput output) {
        String conversation;
        String token;
        try (Agent alice = new Agent(alice())) {
            try (Visitor visitor = visitor()) {
                conversation = visitor.conversationId;
                token = visitor.resumeToken;
                visitor.ask("How do I change my PIN?");
                visitor.ask("I want to talk to a human");
            }
            try (Visitor back = Visitor.resume(port, token, null)) {
                alice.awaitWaiting(conversation);
                alice.claim(conversation);
                alice.say(conversation, "Hello, how can I help?");
                back.socket.next(
                        f -> f.path("payload").path("source").asString().equals("agent"), "agent reply");
                back.send("user.message", "My card is stuck in the machine");
                back.socket.next("ack");
                alice.release(conversation);
            }
            try (SocketClient wrong = SocketClient.visitor(port)) {
                wrong.send("session.start", null, "s-1", Map.of("resumeToken", conversation + "." + "x".repeat(22)));
                wrong.error("resume_refused");
            }
        }

        String secret = token.substring(token.indexOf('.') + 1);
        assertThat(output.getAll()).contains(conversation).doesNotContain(secret);
    }
}
