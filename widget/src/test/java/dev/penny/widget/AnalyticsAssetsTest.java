package dev.penny.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build's checks on the analytics page: it works under the staff pages' strict content policy (no inline script
 * or style, nothing from another origin), never turns server text into markup, and ships its chart library with the
 * library's licence beside it.
 */
class AnalyticsAssetsTest {

    private static final String DIR = "static/analytics/";

    @Test
    void the_page_script_never_turns_text_into_markup() {
        for (String asset : new String[] {"index.html", "analytics.js"}) {
            String source = text(asset);
            for (String sink : WidgetAssetsTest.MARKUP_SINKS) {
                assertThat(source).as("%s uses %s", asset, sink).doesNotContain(sink);
            }
        }
    }

    @Test
    void the_page_loads_only_its_own_files() {
        String page = text("index.html");
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(page);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is a file of Penny's").contains("src=\"");
        }
        assertThat(page).doesNotContain("<style").doesNotContain(" style=").doesNotContain("//cdn");
        assertThat(page).doesNotContainPattern("(src|href)=\"https?:");
    }

    @Test
    void the_chart_library_is_served_with_its_licence() {
        assertThat(text("uplot/uPlot.iife.min.js")).contains("uPlot");
        assertThat(text("uplot/uPlot.min.css")).contains(".uplot");
        assertThat(text("uplot/LICENSE")).contains("MIT License").contains("Leon Sorokin");
    }

    private static String text(String asset) {
        try (var in = AnalyticsAssetsTest.class.getClassLoader().getResourceAsStream(DIR + asset)) {
            assertThat(in).as(DIR + asset).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
