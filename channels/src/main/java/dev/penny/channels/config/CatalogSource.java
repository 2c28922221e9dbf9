package dev.penny.channels.config;

import dev.penny.intents.catalog.Catalog;
import dev.penny.intents.catalog.CatalogLoader;
import dev.penny.intents.catalog.LoadedCatalog;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Reads the configured catalog, from the classpath or the file system, and refuses to start on any error. */
final class CatalogSource {

    private static final Logger log = LoggerFactory.getLogger(CatalogSource.class);

    private final ResourceLoader resources;

    CatalogSource(ResourceLoader resources) {
        this.resources = resources;
    }

    Catalog load(String location) {
        LoadedCatalog loaded = loaded(location);
        loaded.warnings().forEach(warning -> log.warn("Catalog: {}", warning));
        log.info(
                "Loaded catalog {}: {} intents, {} examples",
                location,
                loaded.catalog().intents().size(),
                loaded.catalog().trainingExamples().size());
        return loaded.catalog();
    }

    /** The catalog with its warnings; any error fails with every problem listed. */
    LoadedCatalog loaded(String location) {
        Resource resource = resolve(location);
        if (!resource.exists()) {
            throw new IllegalStateException("penny.catalog: no catalog at " + location);
        }
        try (Reader yaml = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return new CatalogLoader().load(yaml, location);
        } catch (IOException e) {
            throw new UncheckedIOException("penny.catalog: cannot read " + location, e);
        }
    }

    // A bare path means a file, as on a command line; Spring would otherwise look it up in the servlet context.
    private Resource resolve(String location) {
        return location.contains(":") && !location.matches("^[A-Za-z]:[\\\\/].*")
                ? resources.getResource(location)
                : new FileSystemResource(location);
    }
}
