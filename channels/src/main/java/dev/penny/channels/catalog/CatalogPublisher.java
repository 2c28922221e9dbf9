package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogException;
import dev.penny.intents.catalog.CatalogProblem;
import dev.penny.intents.catalog.CatalogValidator;
import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.knowledge.ArticleImport;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import dev.penny.intents.versions.PublishConflict;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a catalog: validates it, trains it, writes it as the next version if the live one is still the one the
 * publish started from, serves it on this node and tells the other nodes. Each step that can fail comes before the
 * next one changes anything: invalid, untrainable or racing catalogs leave the store and the served version as they
 * were, and the store writes a version whole or not at all. One publish at a time on a node, so two owners pressing
 * publish at once do not train twice in parallel; across nodes the store's live-number check decides.
 */
final class CatalogPublisher {

    private static final Logger log = LoggerFactory.getLogger(CatalogPublisher.class);

    private final CatalogStore store;
    private final VersionTrainer trainer;
    private final ServedCatalog served;
    private final CatalogAnnouncements announcements;
    private final ArticleImport articles;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    CatalogPublisher(
            CatalogStore store,
            VersionTrainer trainer,
            ServedCatalog served,
            CatalogAnnouncements announcements,
            ArticleLimits articleLimits) {
        this.store = store;
        this.trainer = trainer;
        this.served = served;
        this.announcements = announcements;
        this.articles = new ArticleImport(articleLimits);
    }

    /**
     * @throws CatalogException if the catalog does not validate
     * @throws ArticleException if its articles break a limit or a rule (each was checked as it entered the draft;
     *     this guards a rollback to a version published under other limits)
     * @throws PublishConflict if another version went live after {@code expectedLive}
     * @throws TrainingFailed if the classifier could not be trained
     */
    CatalogVersion publish(Catalog catalog, int expectedLive, String publishedBy, OptionalDouble minAnswerConfidence) {
        List<CatalogProblem> errors = new CatalogValidator()
                .validate(catalog).stream().filter(CatalogProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new CatalogException(errors);
        }
        articles.checkAll(catalog.articles());
        oneAtATime.lock();
        try {
            int live = store.liveNumber();
            if (live != expectedLive) {
                throw new PublishConflict(expectedLive, live); // before spending seconds on training
            }
            TrainedVersion trained = trainer.train(expectedLive + 1, catalog, minAnswerConfidence);
            CatalogVersion version = store.publish(catalog, expectedLive, publishedBy, minAnswerConfidence);
            served.serve(trained);
            log.info("{} published {}: {}", publishedBy, version.label(), version.diff());
            announce(version.number());
            return version;
        } finally {
            oneAtATime.unlock();
        }
    }

    private void announce(int number) {
        try {
            announcements.published(number);
        } catch (RuntimeException e) {
            // Published and served here; the other nodes find it at their next periodic check.
            log.warn("Could not announce catalog v{} to the other nodes: {}", number, e.toString());
        }
    }
}
