package dev.penny.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build's checks on the FAQ editor page: it works under the console's strict content policy (no inline script,
 * style or handler), never turns server or owner text into markup, loads every script it ships, looks up only
 * elements that exist, labels every control, and stays small enough to read.
 */
class EditorAssetsTest {

    private static final String DIR = "static/editor/";

    /** Past this, a file holds more than one idea (the brief's ~600 lines is for all of it in one file). */
    static final int MAX_LINES_PER_SCRIPT = 400;

    /** All the editor's scripts, compressed as servers send them. */
    static final int SCRIPTS_BUDGET_GZIP_BYTES = 24 * 1024;

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern LOOKUP = Pattern.compile("\\$\\('([A-Za-z0-9_-]+)'\\)");
    private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");

    static Stream<String> scripts() {
        List<String> scripts = new ArrayList<>();
        Matcher tags = SCRIPT_TAG.matcher(text("index.html"));
        while (tags.find()) {
            Matcher src = SRC.matcher(tags.group(1));
            if (src.find()) {
                scripts.add(src.group(1));
            }
        }
        return scripts.stream();
    }

    static Stream<String> assets() {
        return Stream.concat(Stream.of("index.html", "editor.css"), scripts());
    }

    @ParameterizedTest
    @MethodSource("assets")
    void assets_never_turn_text_into_markup(String asset) {
        String source = text(asset);
        for (String sink : WidgetAssetsTest.MARKUP_SINKS) {
            assertThat(source).as("%s uses %s", asset, sink).doesNotContain(sink);
        }
        assertThat(source).as("%s links to javascript:", asset).doesNotContainIgnoringCase("javascript:");
    }

    @Test
    void the_page_has_no_inline_script_style_or_handler() {
        String page = text("index.html");
        Matcher tags = SCRIPT_TAG.matcher(page);
        while (tags.find()) {
            assertThat(tags.group(1))
                    .as("every script is a file (script-src 'self')")
                    .contains("src=");
        }
        assertThat(page).doesNotContain("<style");
        assertThat(page).doesNotContainPattern("\\sstyle=");
        assertThat(page).as("inline event handlers").doesNotContainPattern("\\son[a-z]+=");
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void scripts_add_listeners_and_styles_the_content_policy_allows(String script) {
        String source = text(script);
        assertThat(source)
                .as("%s sets a style attribute (style-src 'self' refuses it)", script)
                .doesNotContainPattern("setAttribute\\(\\s*'style'")
                .doesNotContainPattern("[{,]\\s*style:");
        assertThat(source)
                .as("%s sets an inline handler", script)
                .doesNotContainPattern("setAttribute\\(\\s*'on")
                .doesNotContainPattern("\\.on[a-z]+\\s*=[^=]");
        assertThat(source).as("%s runs in strict mode", script).contains("'use strict';");
    }

    @Test
    void the_page_loads_every_script_in_its_folder_and_each_exists() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource(DIR).toURI());
        Set<String> shipped = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".js"))
                    .forEach(shipped::add);
        }
        List<String> loaded = scripts().toList();
        assertThat(loaded).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(loaded.get(0)).as("the shared helpers load first").isEqualTo("dom.js");
        assertThat(loaded.get(loaded.size() - 1)).as("the wiring loads last").isEqualTo("editor.js");
        assertThat(text("index.html")).contains("href=\"editor.css\"");
    }

    @Test
    void every_element_the_scripts_look_up_is_on_the_page() {
        Set<String> ids = all(ID, text("index.html"));
        scripts()
                .forEach(
                        script -> assertThat(ids).as("ids %s looks up", script).containsAll(all(LOOKUP, text(script))));
    }

    @Test
    void every_form_control_has_a_label() {
        String page = text("index.html");
        Matcher controls = CONTROL.matcher(page);
        int count = 0;
        while (controls.find()) {
            count++;
            String attributes = controls.group(2);
            Matcher id = ID.matcher(attributes);
            String before = page.substring(0, controls.start());
            boolean wrapped = before.lastIndexOf("<label") > before.lastIndexOf("</label>");
            boolean labelled = attributes.contains("aria-label")
                    || wrapped
                    || (id.find() && page.contains("for=\"" + id.group(1) + "\""));
            assertThat(labelled).as("a label for %s", controls.group()).isTrue();
        }
        assertThat(count).isGreaterThan(8);
    }

    @Test
    void status_is_announced_and_tabs_name_their_panels() {
        String page = text("index.html");
        assertThat(page).containsPattern("id=\"status\"[^>]*role=\"status\"[^>]*aria-live=\"polite\"");
        Matcher tabs = Pattern.compile("role=\"tab\" id=\"(tab-[a-z]+)\" aria-controls=\"(panel-[a-z]+)\"")
                .matcher(page);
        int count = 0;
        while (tabs.find()) {
            count++;
            assertThat(page)
                    .contains("id=\"" + tabs.group(2) + "\" class=\"panel\" role=\"tabpanel\" aria-labelledby=\""
                            + tabs.group(1) + "\"");
        }
        assertThat(count).isEqualTo(7);
    }

    @Test
    void scripts_stay_small() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String script : scripts().toList()) {
            String source = text(script);
            long lines = source.lines().count();
            assertThat(lines).as("%s lines", script).isBetween(10L, (long) MAX_LINES_PER_SCRIPT);
            all.write(source.getBytes(StandardCharsets.UTF_8));
        }
        int gzipped = gzip(all.toByteArray()).length;
        System.out.printf(
                "editor scripts: %d bytes, %d bytes gzipped (budget %d)%n",
                all.size(), gzipped, SCRIPTS_BUDGET_GZIP_BYTES);
        assertThat(gzipped).isLessThanOrEqualTo(SCRIPTS_BUDGET_GZIP_BYTES);
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String text(String asset) {
        try (var in = EditorAssetsTest.class.getClassLoader().getResourceAsStream(DIR + asset)) {
            assertThat(in).as(DIR + asset).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
