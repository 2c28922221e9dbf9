package dev.penny.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build's checks on the static assets: the widget stays within its download budget, and no asset contains the
 * APIs through which server or visitor text could become markup or code.
 */
class WidgetAssetsTest {

    /** What a visitor's browser downloads before the launcher shows, compressed as servers send it. */
    static final int WIDGET_BUDGET_GZIP_BYTES = 15 * 1024;

    // Text reaches the DOM only as text nodes; the assets build every element with createElement.
    static final List<String> MARKUP_SINKS = List.of(
            "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "srcdoc");

    @Test
    void widget_fits_the_gzip_budget() throws IOException {
        byte[] widget = read("static/widget.js");
        int gzipped = gzip(widget).length;
        System.out.printf(
                "widget.js: %d bytes, %d bytes gzipped (budget %d)%n",
                widget.length, gzipped, WIDGET_BUDGET_GZIP_BYTES);
        assertThat(gzipped).isLessThanOrEqualTo(WIDGET_BUDGET_GZIP_BYTES);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "static/widget.js",
                "static/console/console.js",
                "static/console/desk.js",
                "static/console/index.html"
            })
    void assets_never_turn_text_into_markup(String asset) throws IOException {
        String source = new String(read(asset), StandardCharsets.UTF_8);
        for (String sink : MARKUP_SINKS) {
            assertThat(source).as("%s uses %s", asset, sink).doesNotContain(sink);
        }
    }

    @Test
    void widget_links_only_to_http_and_opens_them_without_an_opener() throws IOException {
        String source = new String(read("static/widget.js"), StandardCharsets.UTF_8);
        assertThat(source).contains("url.protocol !== 'http:' && url.protocol !== 'https:'");
        assertThat(source).contains("rel: 'noopener noreferrer'");
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = WidgetAssetsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
