package dev.penny.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.penny.core.desk.IdentityCheck.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    private final IdentityCheck check = new IdentityCheck("site-secret-only-the-server-knows");

    @Test
    void the_signature_is_the_hex_hmac_sha256_of_the_user_id() {
        // echo -n 'user-42' | openssl dgst -sha256 -hmac 'site-secret-only-the-server-knows'
        assertThat(check.sign("user-42")).isEqualTo("676b0bac6dd641fd4fda8293c0b8153231337ca935f8596b5b6b2b232906cbb2");
    }

    @Test
    void a_right_signature_verifies_the_identity() {
        IdentityCheck.Checked checked = check.check("user-42", Map.of("plan", "pro"), check.sign("user-42"));

        assertThat(checked.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(checked.identity()).isEqualTo(new VisitorIdentity("user-42", Map.of("plan", "pro"), true));
        assertThat(check.check("user-42", Map.of(), check.sign("user-42").toUpperCase())
                        .verdict())
                .isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void a_wrong_signature_is_forged_and_unverified() {
        String othersSignature = check.sign("user-43");
        String otherSecrets = new IdentityCheck("another-secret").sign("user-42");

        for (String wrong : new String[] {othersSignature, otherSecrets, "not hex", "abcd", ""}) {
            IdentityCheck.Checked checked = check.check("user-42", Map.of(), wrong);
            assertThat(checked.identity().verified()).as(wrong).isFalse();
            assertThat(checked.verdict()).as(wrong).isEqualTo(wrong.isEmpty() ? Verdict.UNSIGNED : Verdict.FORGED);
        }
    }

    @Test
    void a_missing_signature_is_unsigned_and_without_a_secret_nobody_is_verified() {
        assertThat(check.check("user-42", Map.of(), null).verdict()).isEqualTo(Verdict.UNSIGNED);
        IdentityCheck noSecret = new IdentityCheck(null);
        IdentityCheck.Checked checked = noSecret.check("user-42", Map.of(), check.sign("user-42"));
        assertThat(checked.verdict()).isEqualTo(Verdict.NO_SECRET);
        assertThat(checked.identity().verified()).isFalse();
    }

    @Test
    void identities_beyond_the_limits_are_refused() {
        assertThatThrownBy(() -> check.check(" ", Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> check.check("u".repeat(201), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> check.check("u", Map.of("name", "x".repeat(201)), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
