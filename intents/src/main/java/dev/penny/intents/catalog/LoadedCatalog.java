package dev.penny.intents.catalog;

import java.util.List;

/**
 * A catalog that passed validation, with the warnings that did not stop it.
 *
 * @param catalog the catalog, free of errors
 * @param warnings problems worth showing to an editor, in source order; possibly empty
 */
public record LoadedCatalog(Catalog catalog, List<CatalogProblem> warnings) {

    public LoadedCatalog {
        warnings = List.copyOf(warnings);
    }
}
