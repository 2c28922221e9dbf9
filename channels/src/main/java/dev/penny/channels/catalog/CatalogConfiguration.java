package dev.penny.channels.catalog;

import dev.penny.channels.config.PennyProperties;
import dev.penny.intents.versions.CatalogStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishing catalog versions, following those published on other nodes, and trying phrases against them. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CatalogPublisher catalogPublisher(
            CatalogStore store, VersionTrainer trainer, ServedCatalog served, CatalogAnnouncements announcements) {
        return new CatalogPublisher(store, trainer, served, announcements);
    }

    @Bean
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
    DraftCatalog draftCatalog(CatalogStore store, ServedCatalog served) {
        return new DraftCatalog(store, served);
    }

    @Bean
    DraftEdits draftEdits(CatalogStore store) {
        return new DraftEdits(store);
    }

    @Bean
    DraftTrials draftTrials(CatalogStore store, DraftCatalog draft, VersionTrainer trainer) {
        return new DraftTrials(store, draft, trainer);
    }

    @Bean
    FilterRegistrationBean<CatalogBodyLimit> catalogBodyLimit() {
        FilterRegistrationBean<CatalogBodyLimit> registration = new FilterRegistrationBean<>(new CatalogBodyLimit());
        registration.addUrlPatterns("/api/catalog/*");
        return registration;
    }
}
