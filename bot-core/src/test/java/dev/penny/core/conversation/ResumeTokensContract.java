package dev.penny.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ResumeTokens} must do. Extend it once per implementation; {@link #letTimePass(Duration)} moves the
 * test clock, and a store whose expiry a server keeps (Redis TTLs) overrides it to also sleep.
 */
public abstract class ResumeTokensContract {

    protected static final Duration TTL = Duration.ofSeconds(2);

    protected final MutableClock clock = MutableClock.at("2025-03-14T09:00:00Z");

    /** A new, empty store keeping hashes {@code timeToLive} from their issue or last match. */
    protected abstract ResumeTokens newTokens(Clock clock, Duration timeToLive);

    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void the_issued_token_resumes_its_conversation() {
        ResumeTokens tokens = newTokens(clock, TTL);
        ConversationId id = ConversationId.random();
        ResumeToken token = tokens.issue(id);

        assertThat(token.conversationId()).isEqualTo(id);
        assertThat(tokens.matches(ResumeToken.parse(token.value()))).isTrue();
    }

    @Test
    void another_secret_for_the_same_conversation_is_refused() {
        ResumeTokens tokens = newTokens(clock, TTL);
        ConversationId id = ConversationId.random();
        tokens.issue(id);

        assertThat(tokens.matches(ResumeToken.issue(id))).isFalse();
    }

    @Test
    void a_token_of_a_conversation_never_issued_is_refused() {
        ResumeTokens tokens = newTokens(clock, TTL);

        assertThat(tokens.matches(ResumeToken.issue(ConversationId.random()))).isFalse();
    }

    @Test
    void a_token_expires_unless_it_is_used() {
        ResumeTokens tokens = newTokens(clock, TTL);
        ResumeToken used = tokens.issue(ConversationId.random());
        ResumeToken idle = tokens.issue(ConversationId.random());

        letTimePass(TTL.dividedBy(2).plusMillis(200));
        assertThat(tokens.matches(used)).isTrue();
        letTimePass(TTL.dividedBy(2).plusMillis(200));

        assertThat(tokens.matches(used))
                .as("its life was extended by the match")
                .isTrue();
        assertThat(tokens.matches(idle)).isFalse();
    }

    @Test
    void a_token_kept_alive_by_its_conversations_messages_outlives_its_first_ttl() {
        ResumeTokens tokens = newTokens(clock, TTL);
        ConversationId active = ConversationId.random();
        ResumeToken token = tokens.issue(active);
        ResumeToken idle = tokens.issue(ConversationId.random());

        letTimePass(TTL.dividedBy(2).plusMillis(200));
        tokens.keepAlive(active);
        letTimePass(TTL.dividedBy(2).plusMillis(200));

        assertThat(tokens.matches(token)).isTrue();
        assertThat(tokens.matches(idle)).isFalse();
        tokens.keepAlive(idle.conversationId());
        assertThat(tokens.matches(idle)).as("an expired token stays expired").isFalse();
    }

    @Test
    void an_erased_conversations_token_no_longer_resumes_it() {
        ResumeTokens tokens = newTokens(clock, TTL);
        ConversationId erased = ConversationId.random();
        ConversationId kept = ConversationId.random();
        ResumeToken token = tokens.issue(erased);
        ResumeToken other = tokens.issue(kept);

        tokens.erase(erased);

        assertThat(tokens.matches(ResumeToken.parse(token.value()))).isFalse();
        assertThat(tokens.matches(ResumeToken.parse(other.value()))).isTrue();
    }
}
