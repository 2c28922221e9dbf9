package dev.penny.channels.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.core.policy.PolicySettings;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version keeps its out-of-scope intent only when its catalog has that intent. */
class OutOfScopeIntentCheckTest {

    private static final Catalog CATALOG = new Catalog(
            "en",
            List.of(
                    intent("card_arrival", "where is my card", "has my card shipped"),
                    intent("what_can_you_help_with", "what can you do", "what can I ask you")));

    @Test
    void keeps_an_out_of_scope_intent_the_catalog_has() {
        PolicySettings settings = PolicySettings.defaults().withOutOfScopeIntent("what_can_you_help_with");

        assertThat(VersionTrainer.withOutOfScopeIntentIn(CATALOG, settings, "v2"))
                .isEqualTo(settings);
    }

    @Test
    void drops_an_out_of_scope_intent_the_catalog_lacks_rather_than_failing() {
        PolicySettings settings = PolicySettings.defaults().withOutOfScopeIntent("out_of_scope");

        PolicySettings checked = VersionTrainer.withOutOfScopeIntentIn(CATALOG, settings, "v2");

        assertThat(checked.hasOutOfScopeIntent()).isFalse();
        assertThat(checked.withOutOfScopeIntent("out_of_scope")).isEqualTo(settings);
    }

    @Test
    void leaves_settings_without_an_out_of_scope_intent_alone() {
        PolicySettings settings = PolicySettings.defaults();

        assertThat(VersionTrainer.withOutOfScopeIntentIn(CATALOG, settings, "draft"))
                .isSameAs(settings);
    }

    private static Intent intent(String id, String... examples) {
        return new Intent(id, null, List.of(examples), "An answer.", List.of(), List.of(), List.of(), null);
    }
}
