package dev.penny.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.conversation.ConversationId;
import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link VisitorIdentities} must do. Extend it once per implementation and return a fresh store from {@link
 * #newIdentities(Clock, Duration)}; a server-side store overrides {@link #letTimePass(Duration)} to also sleep.
 */
public abstract class VisitorIdentitiesContract {

    private static final Duration TTL = Duration.ofSeconds(2);

    protected final MutableClock clock = MutableClock.at("2026-12-06T10:00:00Z");
    private VisitorIdentities identities;

    protected abstract VisitorIdentities newIdentities(Clock clock, Duration ttl);

    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @BeforeEach
    void createIdentities() {
        identities = newIdentities(clock, TTL);
    }

    @Test
    void keeps_the_identity_with_its_attributes_and_verdict() {
        ConversationId id = ConversationId.random();
        VisitorIdentity ana = new VisitorIdentity("user-42", Map.of("name", "Ana", "plan", "pro"), true);

        assertThat(identities.remember(id, ana)).isTrue();

        assertThat(identities.of(id)).contains(ana);
        assertThat(identities.of(ConversationId.random())).isEmpty();
    }

    @Test
    void an_unverified_identity_never_replaces_a_verified_one() {
        ConversationId id = ConversationId.random();
        VisitorIdentity verified = new VisitorIdentity("user-42", Map.of(), true);
        VisitorIdentity claimed = new VisitorIdentity("admin", Map.of("plan", "enterprise"), false);
        identities.remember(id, verified);

        assertThat(identities.remember(id, claimed)).isFalse();

        assertThat(identities.of(id)).contains(verified);
    }

    @Test
    void a_verified_identity_replaces_an_unverified_one() {
        ConversationId id = ConversationId.random();
        identities.remember(id, new VisitorIdentity("guess", Map.of(), false));
        VisitorIdentity verified = new VisitorIdentity("user-42", Map.of(), true);

        assertThat(identities.remember(id, verified)).isTrue();

        assertThat(identities.of(id)).contains(verified);
    }

    @Test
    void identities_expire_with_the_conversation() {
        ConversationId id = ConversationId.random();
        identities.remember(id, new VisitorIdentity("user-42", Map.of(), true));

        letTimePass(TTL.plusMillis(500));

        assertThat(identities.of(id)).isEmpty();
    }

    @Test
    void erase_forgets_one_conversations_identity() {
        ConversationId erased = ConversationId.random();
        ConversationId kept = ConversationId.random();
        identities.remember(erased, new VisitorIdentity("user-42", Map.of("name", "Ana"), true));
        identities.remember(kept, new VisitorIdentity("user-7", Map.of("name", "Bo"), false));

        identities.erase(erased);

        assertThat(identities.of(erased)).isEmpty();
        assertThat(identities.of(kept)).isPresent();
    }
}
