package dev.penny.channels.catalog;

import dev.penny.channels.catalog.CatalogRefusals.Problem;
import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.intents.catalog.CatalogWriter;
import dev.penny.intents.catalog.LoadedCatalog;
import dev.penny.intents.editing.CatalogImport;
import dev.penny.intents.versions.CatalogStore;
import dev.penny.intents.versions.CatalogVersion;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The draft as a whole: import and export as catalog YAML, start again from a version, the chosen threshold. */
@RestController
@RequestMapping("/api/catalog/draft")
class DraftFile {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final CatalogStore store;
    private final DraftCatalog draft;
    private final CatalogImport imports = new CatalogImport();

    DraftFile(CatalogStore store, DraftCatalog draft) {
        this.store = store;
        this.draft = draft;
    }

    record Import(String yaml) {}

    record Imported(int intents, int examples, List<Problem> warnings) {}

    record Reset(Integer version) {}

    record Threshold(Double minAnswerConfidence) {}

    /**
     * The draft's intents are replaced only by a catalog that validates; otherwise every problem is listed, with its
     * line. The YAML holds intents only, so the draft's articles stay.
     */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    Imported importYaml(@RequestBody Import body) {
        if (body.yaml() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "yaml is missing");
        }
        LoadedCatalog loaded = imports.read(body.yaml());
        store.replaceDraftIntents(loaded.catalog());
        return new Imported(
                loaded.catalog().intents().size(),
                loaded.catalog().trainingExamples().size(),
                loaded.warnings().stream().map(Problem::of).toList());
    }

    @GetMapping("/export")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(YAML).body(new CatalogWriter().write(draft.read()));
    }

    @PostMapping(path = "/reset", consumes = MediaType.APPLICATION_JSON_VALUE)
    Imported reset(@RequestBody Reset body) {
        if (body.version() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "version is missing");
        }
        CatalogVersion version = Versions.existing(store, body.version());
        store.replaceDraft(version.catalog());
        store.setDraftThreshold(version.minAnswerConfidence());
        return new Imported(
                version.catalog().intents().size(),
                version.catalog().trainingExamples().size(),
                List.of());
    }

    /** {@code {"minAnswerConfidence": null}}, or a body of {@code null}, goes back to the calibrated threshold. */
    @PutMapping(path = "/threshold", consumes = MediaType.APPLICATION_JSON_VALUE)
    Threshold threshold(@RequestBody(required = false) Threshold body) {
        Double value = body == null ? null : body.minAnswerConfidence();
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCode.INVALID_CATALOG,
                    "minAnswerConfidence must be between 0 and 1",
                    List.of(new Problem("minAnswerConfidence", null, null, "must be between 0 and 1, was " + value)),
                    Map.of());
        }
        store.setDraftThreshold(value == null ? OptionalDouble.empty() : OptionalDouble.of(value));
        return new Threshold(value);
    }
}
