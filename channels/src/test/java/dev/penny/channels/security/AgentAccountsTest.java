package dev.penny.channels.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.channels.config.AgentAccount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class AgentAccountsTest {

    private static final String HASH = "$2a$10$Q7qrWTxHNT/KY.rWjCDNa.GYfPP5.2zxfwQ9BI7bMCe3wOL0riCIm";

    @Test
    void accounts_sign_in_with_their_bcrypt_password_and_are_agents_by_default() {
        var users = AgentAccounts.of(List.of(new AgentAccount("agent", HASH, null)));

        var agent = users.loadUserByUsername("agent");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                        .matches("penny-demo", agent.getPassword()))
                .isTrue();
        assertThat(agent.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AGENT");
    }

    @Test
    void a_plain_text_password_or_a_missing_username_fails_at_start_up() {
        assertThatThrownBy(() -> AgentAccounts.of(List.of(new AgentAccount("agent", "penny-demo", null))))
                .hasMessageContaining("not a bcrypt hash");
        assertThatThrownBy(() -> AgentAccounts.of(List.of(new AgentAccount(null, HASH, null))))
                .hasMessageContaining("username 'null' is missing");
    }
}
