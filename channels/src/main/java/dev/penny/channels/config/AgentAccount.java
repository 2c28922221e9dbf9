package dev.penny.channels.config;

import java.util.List;

/**
 * A support agent who may sign in to the agent console.
 *
 * @param username the login, also the agent id shown in transcripts
 * @param passwordHash the password's bcrypt hash, with or without the {@code {bcrypt}} prefix
 * @param roles roles without the {@code ROLE_} prefix; {@code AGENT} when empty
 */
public record AgentAccount(String username, String passwordHash, List<String> roles) {

    public AgentAccount {
        roles = roles == null || roles.isEmpty() ? List.of("AGENT") : List.copyOf(roles);
    }
}
