package dev.penny.intents.retriever;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** Lucene's stemming analyser for a catalog locale; a language without one is tokenised and lower-cased only. */
final class LocaleAnalyzers {

    private LocaleAnalyzers() {}

    static Analyzer forLocale(String locale) {
        String language = Locale.forLanguageTag(locale == null ? "en" : locale.replace('_', '-'))
                .getLanguage();
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            default -> new StandardAnalyzer();
        };
    }
}
