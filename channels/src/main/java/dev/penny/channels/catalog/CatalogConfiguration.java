package dev.penny.channels.catalog;

import dev.penny.channels.config.PennyProperties;
import dev.penny.intents.versions.CatalogStore;
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
}
