package dev.penny.intents.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/** The lexical baseline: the intent of the nearest training example by Lucene BM25, with no model at all. */
final class Bm25Peer implements Candidate {

    private static final String TEXT = "text";
    private static final String INTENT = "intent";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private IndexSearcher searcher;
    private DirectoryReader reader;

    @Override
    public String name() {
        return "lucene-bm25-nearest-example";
    }

    @Override
    public void train(List<Example> examples) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Example e : examples) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, e.text(), Field.Store.NO));
                doc.add(new StoredField(INTENT, e.intentId()));
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Verdict> classify(List<String> texts) {
        List<Verdict> out = new ArrayList<>(texts.size());
        QueryParser parser = new QueryParser(TEXT, analyzer);
        for (String text : texts) {
            try {
                Query query = parser.parse(QueryParser.escape(text));
                TopDocs top = searcher.search(query, 1);
                if (top.scoreDocs.length == 0) {
                    out.add(new Verdict("", 0, true));
                } else {
                    String intent = searcher.storedFields()
                            .document(top.scoreDocs[0].doc)
                            .get(INTENT);
                    out.add(new Verdict(intent, top.scoreDocs[0].score, false));
                }
            } catch (Exception e) {
                out.add(new Verdict("", 0, true));
            }
        }
        return out;
    }

    @Override
    public boolean judgesOutOfScope() {
        return false;
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
