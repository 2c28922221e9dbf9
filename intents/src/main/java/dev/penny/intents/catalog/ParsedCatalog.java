package dev.penny.intents.catalog;

import java.util.List;

/**
 * What the parser made of one source: the catalog (null when the text was not a catalog at all), where
 * its parts are, and what was wrong.
 */
record ParsedCatalog(String source, Catalog catalog, SourceLines lines, List<CatalogProblem> problems) {

    ParsedCatalog {
        problems = List.copyOf(problems);
    }

    static ParsedCatalog unreadable(String source, CatalogProblem problem) {
        return new ParsedCatalog(source, null, SourceLines.none(), List.of(problem));
    }

    boolean readable() {
        return catalog != null;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(CatalogProblem::isError);
    }
}
