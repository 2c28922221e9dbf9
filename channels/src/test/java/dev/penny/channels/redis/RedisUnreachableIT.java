package dev.penny.channels.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.penny.core.conversation.ConversationId;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A Redis that is not there fails fast with a message that says what to do, instead of hanging. */
class RedisUnreachableIT {

    private String url;
    private JedisConnectionFactory factory;

    @BeforeEach
    void pointAtAClosedPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = "redis://:s3cret@127.0.0.1:" + port + "/0";
        factory = RedisConnections.factory(url, Duration.ofSeconds(1));
        factory.afterPropertiesSet();
        factory.start();
    }

    @AfterEach
    void stop() {
        factory.destroy();
    }

    @Test
    void start_up_check_names_the_url_without_password_and_the_way_out() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> RedisConnections.requireReachable(factory, url))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith("Redis (redis://***@127.0.0.1:")
                        .hasMessageContaining("is unreachable: ")
                        .hasMessageEndingWith(
                                "— start Redis, or unset REDIS_URL and spring.data.redis.* to run on the embedded in-memory store")
                        .message()
                        .doesNotContain("s3cret"));
    }

    @Test
    void calls_on_a_redis_that_went_away_fail_fast() {
        RedisConversationStore store =
                new RedisConversationStore(new StringRedisTemplate(factory), Duration.ofHours(1));

        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThatThrownBy(() -> store.transcript(ConversationId.random()))
                        .isInstanceOf(DataAccessException.class));
    }

    @Test
    void a_malformed_url_is_rejected_without_echoing_the_password() {
        assertThatThrownBy(() -> RedisConnections.factory("http://user:s3cret@host:6379", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis://host:6379/0")
                .message()
                .doesNotContain("s3cret");
    }
}
