package dev.penny.intents.knowledge;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text, read with Apache PDFBox: its title from the document information, its pages as paragraphs. */
final class PdfArticles {

    private PdfArticles() {}

    static String[] read(String id, byte[] pdf, ArticleLimits limits) {
        // PDFBox may need several times the file's size while parsing; bounded so a crafted file cannot take the heap
        RandomAccessStreamCache.StreamCacheCreateFunction cache =
                MemoryUsageSetting.setupMainMemoryOnly(Math.max(limits.maxBytes() * 4, 16L * 1024 * 1024)).streamCache;
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, cache)) {
            if (document.getNumberOfPages() > limits.maxPdfPages()) {
                throw new ArticleException(
                        ArticleException.Code.ARTICLE_TOO_LARGE,
                        "article " + id + " has " + document.getNumberOfPages() + " pages, more than "
                                + limits.maxPdfPages());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphEnd("\n\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(document);
            String title = document.getDocumentInformation().getTitle();
            return new String[] {title == null ? "" : title.strip(), text.strip()};
        } catch (IOException | RuntimeException e) {
            if (e instanceof ArticleException refused) {
                throw refused;
            }
            throw new ArticleException(
                    ArticleException.Code.UNREADABLE_DOCUMENT,
                    "article " + id + " is not a readable PDF: " + e.getMessage());
        }
    }
}
