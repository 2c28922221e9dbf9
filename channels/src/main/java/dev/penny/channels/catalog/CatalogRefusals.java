package dev.penny.channels.catalog;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.intents.catalog.CatalogException;
import dev.penny.intents.catalog.CatalogProblem;
import dev.penny.intents.knowledge.ArticleException;
import dev.penny.intents.versions.EditConflict;
import dev.penny.intents.versions.PublishConflict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** The catalog API's refusals, with the stable codes of {@code docs/catalog-api.md}. */
@RestControllerAdvice(basePackageClasses = CatalogRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogRefusals {

    private static final Logger log = LoggerFactory.getLogger(CatalogRefusals.class);

    /** One problem of the list every refusal carries; absent members are null. */
    record Problem(String field, String intentId, Integer line, String message) {

        static Problem of(CatalogProblem problem) {
            return new Problem(null, problem.intentId(), problem.line(), problem.message());
        }
    }

    @ExceptionHandler(EditConflict.class)
    ResponseEntity<Map<String, Object>> editConflict(EditConflict conflict) {
        Map<String, Object> current = new HashMap<>();
        current.put("current", conflict.current().map(IntentView::of).orElse(null));
        return new ApiProblem(HttpStatus.CONFLICT, ErrorCode.EDIT_CONFLICT, conflict.getMessage(), List.of(), current)
                .response();
    }

    @ExceptionHandler(PublishConflict.class)
    ResponseEntity<Map<String, Object>> publishConflict(PublishConflict conflict) {
        return new ApiProblem(
                        HttpStatus.CONFLICT,
                        ErrorCode.PUBLISH_CONFLICT,
                        conflict.getMessage(),
                        List.of(),
                        Map.of("liveVersion", conflict.liveNumber()))
                .response();
    }

    @ExceptionHandler(CatalogException.class)
    ResponseEntity<Map<String, Object>> invalidCatalog(CatalogException invalid) {
        List<Problem> problems = invalid.problems().stream().map(Problem::of).toList();
        String message = invalid.errors().size() == 1
                ? "the catalog has 1 error; nothing was changed"
                : "the catalog has " + invalid.errors().size() + " errors; nothing was changed";
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, ErrorCode.INVALID_CATALOG, message, problems, Map.of())
                .response();
    }

    /**
     * Too large: 413; a taken id or a full draft (articles or text): 409; not a supported format: 415; anything else
     * wrong: 400.
     */
    @ExceptionHandler(ArticleException.class)
    ResponseEntity<Map<String, Object>> refusedArticle(ArticleException refused) {
        HttpStatus status = switch (refused.code()) {
            case ARTICLE_TOO_LARGE -> HttpStatus.valueOf(413);
            case DUPLICATE_ARTICLE_ID, TOO_MANY_ARTICLES, TOO_MUCH_ARTICLE_TEXT -> HttpStatus.CONFLICT;
            case UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return new ApiProblem(status, ErrorCode.valueOf(refused.code().name()), refused.getMessage()).response();
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException missing) {
        return new ApiProblem(
                        HttpStatus.BAD_REQUEST,
                        ErrorCode.BAD_PAYLOAD,
                        "the form has no part " + missing.getRequestPartName())
                .response();
    }

    @ExceptionHandler(TrainingFailed.class)
    ResponseEntity<Map<String, Object>> trainingFailed(TrainingFailed failed) {
        return new ApiProblem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        ErrorCode.TRAINING_FAILED,
                        failed.getMessage() + "; the live version keeps serving")
                .response();
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> storeUnavailable(DataAccessException e) {
        log.warn("Catalog store unavailable: {}", e.toString());
        return new ApiProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        ErrorCode.STORE_UNAVAILABLE,
                        "the catalog store (Redis) did not answer; nothing was changed, try again shortly")
                .response();
    }
}
