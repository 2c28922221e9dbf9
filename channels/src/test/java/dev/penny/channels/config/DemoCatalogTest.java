package dev.penny.channels.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.penny.intents.catalog.Intent;
import dev.penny.intents.catalog.JsonlImport;
import dev.penny.intents.catalog.LoadedCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class DemoCatalogTest {

    /** The public datasets live beside the repository ({@code ../shared/datasets}), or where PENNY_DATASETS says. */
    private static final Path BANKING77 = Path.of(
                    System.getenv().getOrDefault("PENNY_DATASETS", "../../shared/datasets"))
            .resolve("banking77/train.jsonl");

    private final LoadedCatalog demo =
            new CatalogSource(new DefaultResourceLoader()).loaded(PennyProperties.DEMO_CATALOG);

    @Test
    void the_demo_bank_loads_without_errors_or_warnings() {
        assertThat(demo.warnings()).isEmpty();
        assertThat(demo.catalog().intents()).hasSize(77);
        assertThat(demo.catalog().intents()).allSatisfy(intent -> {
            assertThat(intent.title()).doesNotStartWith(intent.id());
            assertThat(intent.answer()).doesNotStartWith("TODO").hasSizeBetween(40, 400);
        });
        assertThat(demo.catalog().intents().stream().filter(i -> i.answer().contains("](https://bank.example/")))
                .hasSizeGreaterThan(5);
    }

    @Test
    void the_demo_bank_has_an_intent_for_every_banking77_label_with_its_training_phrases() throws Exception {
        assumeTrue(
                Files.exists(BANKING77),
                "BANKING77 is not at " + BANKING77.toAbsolutePath() + ": set PENNY_DATASETS to the datasets directory");
        var dataset = JsonlImport.fromFile(BANKING77, "en", null);
        Set<String> ids = demo.catalog().intents().stream().map(Intent::id).collect(Collectors.toSet());
        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(
                        dataset.intents().stream().map(Intent::id).toList());
        assertThat(demo.catalog().trainingExamples()).hasSameSizeAs(dataset.trainingExamples());
    }
}
