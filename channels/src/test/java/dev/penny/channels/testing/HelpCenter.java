package dev.penny.channels.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.penny.channels.catalog.ServedCatalog;
import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.versions.CatalogStore;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A bank's help-center articles, published with the catalog a running Penny serves: a version with the same intents
 * and these articles, which the node then trains and serves (its follower finds it in the store).
 */
public final class HelpCenter {

    /** A question the test catalogs' intents do not cover and the joint-accounts article answers. */
    public static final String JOINT_ACCOUNT_QUESTION = "can I have a joint account with my wife";

    public static final Article JOINT_ACCOUNTS =
            new Article("joint-accounts", "Joint accounts", "https://help.example.com/accounts/joint", """
            # Joint accounts

            ## Opening a joint account

            You can open a joint account with your partner, spouse or a family member. Both of you need a verified \
            personal account first; then one of you invites the other under Accounts, Add a joint owner, and the \
            account opens once the other accepts.

            ## Closing a joint account

            Either owner can ask to close a joint account once its balance is zero. Both owners get an email when it \
            is closed.
            """);

    public static final Article BRANCHES =
            new Article("branches", "Branches and opening hours", "https://help.example.com/branches", """
            # Branches and opening hours

            We are an online bank: everything is done in the app, and we have no branches. Support answers in the \
            app's chat every day from 8:00 to 22:00.
            """);

    private HelpCenter() {}

    /** Publishes the live catalog again with the help-center articles, once, and waits until the node serves it. */
    public static void publishOnce(CatalogStore store, ServedCatalog served) {
        synchronized (HelpCenter.class) {
            if (!served.catalog().articles().isEmpty()) {
                return;
            }
            int live = store.liveNumber();
            Catalog catalog = store.live().orElseThrow().catalog().withArticles(List.of(JOINT_ACCOUNTS, BRANCHES));
            store.publish(catalog, live, "help-center test", OptionalDouble.empty());
            Eventually.within(
                    Duration.ofSeconds(60), () -> assertThat(served.number()).isEqualTo(live + 1));
        }
    }
}
