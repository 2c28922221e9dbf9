package dev.penny.channels.catalog;

import dev.penny.channels.config.KnowledgeProperties;
import dev.penny.channels.config.PennyProperties;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.versions.CatalogStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Publishing catalog versions, following those published on other nodes, and trying phrases against them; and the
 * catalog API under {@code /api/catalog}, whose controllers are registered here rather than found by a scan.
 */
@AutoConfiguration
@EnableConfigurationProperties(KnowledgeProperties.class)
@Import({
    CatalogOverview.class,
    DraftFile.class,
    DraftIntents.class,
    DraftReport.class,
    TryIt.class,
    Versions.class,
    DraftArticles.class,
    SuggestedExamples.class,
    CatalogRefusals.class
})
public class CatalogConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CatalogPublisher catalogPublisher(
            CatalogStore store,
            VersionTrainer trainer,
            ServedCatalog served,
            CatalogAnnouncements announcements,
            ArticleLimits articleLimits) {
        return new CatalogPublisher(store, trainer, served, announcements, articleLimits);
    }

    /** Bounds on articles, from {@code penny.knowledge.*}; an application may declare its own. */
    @Bean
    @ConditionalOnMissingBean
    ArticleLimits articleLimits(KnowledgeProperties knowledge) {
        return knowledge.limits();
    }

    @Bean
    @ConditionalOnMissingBean
    CatalogFollower catalogFollower(
            CatalogStore store,
            VersionTrainer trainer,
            ServedCatalog served,
            CatalogAnnouncements announcements,
            PennyProperties properties) {
        return new CatalogFollower(
                store, trainer, served, announcements, properties.publishing().checkEvery());
    }

    @Bean
    @ConditionalOnMissingBean
    DraftCatalog draftCatalog(CatalogStore store, ServedCatalog served) {
        return new DraftCatalog(store, served);
    }

    @Bean
    @ConditionalOnMissingBean
    DraftEdits draftEdits(CatalogStore store) {
        return new DraftEdits(store);
    }

    @Bean
    @ConditionalOnMissingBean
    DraftTrials draftTrials(CatalogStore store, DraftCatalog draft, VersionTrainer trainer) {
        return new DraftTrials(store, draft, trainer);
    }

    @Bean
    @ConditionalOnMissingBean(name = "catalogBodyLimit")
    FilterRegistrationBean<CatalogBodyLimit> catalogBodyLimit() {
        FilterRegistrationBean<CatalogBodyLimit> registration = new FilterRegistrationBean<>(new CatalogBodyLimit());
        registration.addUrlPatterns("/api/catalog/*");
        return registration;
    }
}
