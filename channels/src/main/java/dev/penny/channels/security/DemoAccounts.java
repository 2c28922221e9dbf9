package dev.penny.channels.security;

import dev.penny.channels.config.AgentAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The start-up check on the configured accounts: the demo password hashes shipped in {@code application.yml} are
 * accepted only in demo mode, and no two accounts may share a hash (a copy-pasted hash gives the editor's power to
 * whoever knows an agent's password).
 */
public final class DemoAccounts {

    /** The password of the demo accounts, whose hashes are {@link #HASHES}. */
    public static final String PASSWORD = "penny-demo";

    /** The bcrypt hashes of {@link #PASSWORD} that {@code application.yml} ships for the demo accounts. */
    static final Set<String> HASHES = Set.of(
            "$2a$10$Q7qrWTxHNT/KY.rWjCDNa.GYfPP5.2zxfwQ9BI7bMCe3wOL0riCIm",
            "$2a$10$w1LYXgUeqtGJ9cLlVpZI4OXMzaWKz81/gGt1MucGRREMEMTlkiKlO",
            "$2a$10$jOuuSNgSWjWGzFW6lSRtD.TZf1heIPJs8wnNYi9B5UmqcHNjQ6NgS");

    private DemoAccounts() {}

    /** Whether this account signs in with the published demo password. */
    public static boolean isDemo(AgentAccount account) {
        return HASHES.contains(bare(account.passwordHash()));
    }

    /** Refuses accounts that are unsafe outside demo mode, and accounts sharing a hash in any mode. */
    static void check(List<AgentAccount> accounts, boolean demo) {
        Map<String, String> owners = new HashMap<>();
        for (AgentAccount account : accounts) {
            String hash = bare(account.passwordHash());
            if (hash.isEmpty()) {
                continue;
            }
            String other = owners.putIfAbsent(hash, account.username());
            if (other != null) {
                throw new UnsafeStart(
                        "the accounts " + other + " and " + account.username() + " have the same password hash",
                        "Give every account (penny.agents) its own password; make a hash with"
                                + " `htpasswd -bnBC 10 \"\" 'the password' | tr -d ':\\n'`.");
            }
            if (!demo && HASHES.contains(hash)) {
                throw new UnsafeStart(
                        "the account " + account.username() + " has the published demo password, and demo mode is off",
                        "Set PENNY_AGENT_PASSWORD_HASH, PENNY_EDITOR_PASSWORD_HASH and PENNY_LEAD_PASSWORD_HASH (or"
                                + " penny.agents) to bcrypt"
                                + " hashes of your own passwords, or, to try Penny on your own machine, turn demo mode"
                                + " on with PENNY_DEMO=true (never on a public address).");
            }
        }
    }

    private static String bare(String hash) {
        String stripped = hash == null ? "" : hash.strip();
        return stripped.startsWith("{bcrypt}") ? stripped.substring("{bcrypt}".length()) : stripped;
    }
}
