package dev.penny.channels.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Penny started as its own process, the way an operator starts it, with unsafe accounts. */
class UnsafeStartIT {

    private static final String DEMO_HASH = "$2a$10$Q7qrWTxHNT/KY.rWjCDNa.GYfPP5.2zxfwQ9BI7bMCe3wOL0riCIm";

    @Test
    void refuses_the_demo_accounts_unless_demo_mode_is_on() throws Exception {
        PennyProcess.Exit exit = start();

        assertThat(exit.code()).isNotZero();
        assertThat(exit.output())
                .contains("APPLICATION FAILED TO START")
                .contains("Penny refuses to start: the account agent has the published demo password")
                .contains("PENNY_DEMO=true")
                .contains("PENNY_AGENT_PASSWORD_HASH");
    }

    @Test
    void refuses_two_accounts_with_the_same_hash_even_in_demo_mode() throws Exception {
        PennyProcess.Exit exit = start(
                "--penny.demo=true",
                "--penny.agents[0].username=alice",
                "--penny.agents[0].password-hash=" + RunningPenny.ALICE_HASH,
                "--penny.agents[1].username=olivia",
                "--penny.agents[1].password-hash={bcrypt}" + RunningPenny.ALICE_HASH,
                "--penny.agents[1].roles=EDITOR");

        assertThat(exit.code()).isNotZero();
        assertThat(exit.output()).contains("the accounts alice and olivia have the same password hash");
    }

    @Test
    void a_demo_hash_given_to_another_account_is_refused_too() throws Exception {
        PennyProcess.Exit exit =
                start("--penny.agents[0].username=alice", "--penny.agents[0].password-hash=" + DEMO_HASH);

        assertThat(exit.code()).isNotZero();
        assertThat(exit.output()).contains("the account alice has the published demo password");
    }

    private static PennyProcess.Exit start(String... settings) throws IOException, InterruptedException {
        return PennyProcess.run(60, settings);
    }
}
