package dev.penny.channels.security;

import dev.penny.channels.config.AgentAccount;
import dev.penny.core.handoff.AgentId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The agent accounts from configuration, checked at start-up so a typo fails loudly rather than at sign-in. */
final class AgentAccounts {

    private static final Logger log = LoggerFactory.getLogger(AgentAccounts.class);
    private static final String BCRYPT = "{bcrypt}";

    private AgentAccounts() {}

    static InMemoryUserDetailsManager of(List<AgentAccount> accounts) {
        if (accounts.isEmpty()) {
            log.warn("No agent accounts (penny.agents): nobody can sign in to the agent console");
        }
        List<UserDetails> users = accounts.stream().map(AgentAccounts::user).toList();
        log.info(
                "{} agent account(s): {}",
                users.size(),
                users.stream().map(UserDetails::getUsername).toList());
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(AgentAccount account) {
        // Spring Boot binds a list from one property source: fields set elsewhere are silently missing.
        try {
            new AgentId(account.username());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("penny.agents: username '" + account.username() + "' is missing or not"
                    + " an agent id (1 to 64 of [A-Za-z0-9._@-]); set all of an account's fields in one place");
        }
        String hash =
                account.passwordHash() == null ? "" : account.passwordHash().strip();
        if (!hash.startsWith(BCRYPT)) {
            hash = BCRYPT + hash;
        }
        if (!hash.matches("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$.{53}")) {
            throw new IllegalStateException("penny.agents: the password hash of " + account.username()
                    + " is not a bcrypt hash (make one with `htpasswd -bnBC 10 \"\" password | tr -d ':\\n'`)");
        }
        return User.withUsername(account.username())
                .password(hash)
                .roles(account.roles().toArray(String[]::new))
                .build();
    }
}
