package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Claims are atomic: of two agents claiming one conversation at once, exactly one gets it. */
class AgentRaceIT extends RunningPenny {

    @Test
    void two_agents_racing_for_one_conversation_exactly_one_wins() {
        try (Agent alice = new Agent(alice());
                Agent bob = new Agent(bob())) {
            for (int round = 0; round < 5; round++) {
                try (Visitor visitor = visitor()) {
                    visitor.ask("Can I speak to a real person?");
                    alice.awaitWaiting(visitor.conversationId);
                    bob.awaitWaiting(visitor.conversationId);

                    String aliceClaim = alice.command("agent.claim", visitor.conversationId, Map.of());
                    String bobClaim = bob.command("agent.claim", visitor.conversationId, Map.of());
                    List<JsonNode> results =
                            new ArrayList<>(List.of(alice.answerTo(aliceClaim), bob.answerTo(bobClaim)));

                    assertThat(results)
                            .extracting(r -> r.path("type").asString())
                            .containsExactlyInAnyOrder("claimed", "error");
                    JsonNode error = results.stream()
                            .filter(r -> r.path("type").asString().equals("error"))
                            .findFirst()
                            .orElseThrow();
                    assertThat(error.path("payload").path("code").asString()).isEqualTo("already_claimed");
                }
            }
        }
    }
}
