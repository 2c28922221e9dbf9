package dev.penny.channels.catalog;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.intents.knowledge.Article;
import dev.penny.intents.knowledge.ArticleImport;
import dev.penny.intents.knowledge.ArticleLimits;
import dev.penny.intents.knowledge.ArticlePassages;
import dev.penny.intents.versions.CatalogStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The draft's help-center articles: list, read, upload a Markdown, HTML or PDF file (multipart) or send Markdown as
 * JSON, replace, remove. Every article is checked as {@link ArticleImport} checks it before the draft changes; a
 * refusal names its code ({@code docs/catalog-api.md}) and leaves the draft and the live version as they were.
 */
@RestController
@RequestMapping("/api/catalog/draft/articles")
class DraftArticles {

    private final CatalogStore store;
    private final ArticleLimits limits;
    private final ArticleImport imports;

    DraftArticles(CatalogStore store, ArticleLimits limits) {
        this.store = store;
        this.limits = limits;
        this.imports = new ArticleImport(limits);
    }

    record Summary(String id, String title, String url, int passages, int characters) {

        static Summary of(Article a) {
            return new Summary(
                    a.id(),
                    a.title(),
                    a.url(),
                    ArticlePassages.of(a).size(),
                    a.markdown().length());
        }
    }

    /** An article as JSON, its text in Markdown; the id is taken from the path when replacing. */
    record Markdown(String id, String title, String url, String markdown) {}

    @GetMapping
    List<Summary> list() {
        return store.draftArticles().stream().map(Summary::of).toList();
    }

    @GetMapping("/{id}")
    Markdown get(@PathVariable String id) {
        Article a = existing(id);
        return new Markdown(a.id(), a.title(), a.url(), a.markdown());
    }

    /** A new article from a file; its id is the file's name unless given. A taken id is refused (409). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Summary> upload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url) {
        Article article =
                read(file, id == null || id.isBlank() ? ArticleImport.idOf(name(file)) : id.strip(), title, url);
        store.putDraftArticle(article, false, limits);
        return ResponseEntity.status(HttpStatus.CREATED).body(Summary.of(article));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Summary> create(@RequestBody Markdown body) {
        Article article = imports.check(markdown(body.id(), body));
        store.putDraftArticle(article, false, limits);
        return ResponseEntity.status(HttpStatus.CREATED).body(Summary.of(article));
    }

    /** Replaces article {@code id} with a file, or adds it. */
    @PutMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Summary replace(
            @PathVariable String id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url) {
        Article article = read(file, id, title, url);
        store.putDraftArticle(article, true, limits);
        return Summary.of(article);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Summary replace(@PathVariable String id, @RequestBody Markdown body) {
        Article article = imports.check(markdown(id, body));
        store.putDraftArticle(article, true, limits);
        return Summary.of(article);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        if (!store.removeDraftArticle(id)) {
            throw unknown(id);
        }
        return ResponseEntity.noContent().build();
    }

    private Article read(MultipartFile file, String id, String title, String url) {
        try {
            imports.checkFile(id, name(file), file.getSize()); // before the bytes are read into memory
            return imports.read(id, name(file), title, url, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the upload of article " + id, e);
        }
    }

    private static Article markdown(String id, Markdown body) {
        if (body.markdown() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "markdown is missing");
        }
        String title = body.title() == null ? "" : body.title().strip();
        return new Article(
                id == null ? "" : id, title.isEmpty() ? String.valueOf(id) : title, body.url(), body.markdown());
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.BAD_PAYLOAD, "the file part has no file name");
        }
        return name;
    }

    private Article existing(String id) {
        return store.draftArticle(id).orElseThrow(() -> unknown(id));
    }

    private static ApiProblem unknown(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, ErrorCode.UNKNOWN_ARTICLE, "the draft has no article " + id);
    }
}
