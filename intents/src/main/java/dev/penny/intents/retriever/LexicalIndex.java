package dev.penny.intents.retriever;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Documents ranked word for word by Lucene's BM25, after the locale's analyser has stemmed them and dropped stop
 * words. Held in memory; immutable once built, and safe for many threads (Lucene's searcher is).
 */
final class LexicalIndex {

    private static final String WORDS = "words";
    private static final String OWNER = "owner";

    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LexicalIndex(Analyzer analyzer, DirectoryReader reader) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    static LexicalIndex build(List<SearchDocument> documents, String locale) {
        Analyzer analyzer = LocaleAnalyzers.forLocale(locale);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (SearchDocument d : documents) {
                Document doc = new Document();
                doc.add(new TextField(WORDS, d.words(), Field.Store.NO));
                doc.add(new StoredField(OWNER, d.owner()));
                writer.addDocument(doc);
            }
            writer.commit();
            return new LexicalIndex(analyzer, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The owners whose documents share words with the question, best BM25 first (an owner's best document counts),
     * at most {@code depth} documents deep. Empty when no word of the question is indexed.
     */
    List<RankedOwner> rank(String question, int depth) {
        Query query;
        try {
            query = new QueryParser(WORDS, analyzer).parse(QueryParser.escape(question));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            // only stop words, or more clauses than Lucene allows: nothing to match word for word
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, Math.max(1, depth));
            Map<Integer, Double> best = new LinkedHashMap<>();
            for (ScoreDoc hit : top.scoreDocs) {
                int owner = searcher.storedFields()
                        .document(hit.doc)
                        .getField(OWNER)
                        .numericValue()
                        .intValue();
                best.putIfAbsent(owner, (double) hit.score);
            }
            List<RankedOwner> ranked = new ArrayList<>(best.size());
            best.forEach((owner, score) -> ranked.add(new RankedOwner(owner, score, Double.NaN)));
            return ranked;
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return reader.numDocs();
    }
}
