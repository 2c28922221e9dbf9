package dev.penny.channels.config;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Help-center articles read from a directory ({@code penny.knowledge.*}). At every start the directory's Markdown,
 * HTML and PDF files are put into the draft (added, or replacing the draft's article with the same id); when the store
 * has no version yet they are also published in version 1 with the catalog file. A file that is refused stops the
 * start with its code and name, before anything is written.
 *
 * @param directory a directory of Markdown, HTML and PDF files, read with its sub-directories; empty for none
 * @param baseUrl where the directory is published for visitors: an article's URL is this followed by its path in the
 *     directory without the extension; empty for articles without a URL
 */
@ConfigurationProperties("penny.knowledge")
public record KnowledgeProperties(String directory, String baseUrl) {

    public KnowledgeProperties {
        directory = directory == null ? "" : directory.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
    }

    /** The configured directory, if any. */
    public Optional<Path> directoryPath() {
        return directory.isEmpty() ? Optional.empty() : Optional.of(Path.of(directory));
    }
}
