package dev.penny.channels.desk;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.desk.CannedResponse;
import dev.penny.core.desk.CannedResponses;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team's canned responses, for signed-in agents: {@code GET /api/canned-responses/{locale}} lists a locale's, and
 * {@code GET}, {@code PUT} (create or replace, body {@code {"text":"…"}}) and {@code DELETE
 * /api/canned-responses/{locale}/{shortcut}} work on one. Refusals are problem JSON.
 */
@RestController
class CannedResponsesController {

    private final CannedResponses responses;

    CannedResponsesController(CannedResponses responses) {
        this.responses = responses;
    }

    record View(String locale, String shortcut, String text) {
        static View of(CannedResponse response) {
            return new View(response.locale(), response.shortcut(), response.text());
        }
    }

    record Listing(String locale, List<View> responses) {}

    record Body(String text) {}

    @GetMapping("/api/canned-responses/{locale}")
    Listing list(@PathVariable String locale) {
        String checked = checked(() -> CannedResponse.requireLocale(locale));
        return new Listing(checked, responses.of(checked).stream().map(View::of).toList());
    }

    @GetMapping("/api/canned-responses/{locale}/{shortcut}")
    View one(@PathVariable String locale, @PathVariable String shortcut) {
        return responses
                .find(
                        checked(() -> CannedResponse.requireLocale(locale)),
                        checked(() -> CannedResponse.requireShortcut(shortcut)))
                .map(View::of)
                .orElseThrow(() -> unknown(locale, shortcut));
    }

    @PutMapping("/api/canned-responses/{locale}/{shortcut}")
    ResponseEntity<View> save(@PathVariable String locale, @PathVariable String shortcut, @RequestBody Body body) {
        CannedResponse response =
                checked(() -> new CannedResponse(locale, shortcut, body == null ? null : body.text()));
        boolean created;
        try {
            created = responses.save(response);
        } catch (IllegalStateException full) {
            throw new ApiProblem(HttpStatus.CONFLICT, ErrorCode.INVALID_CANNED_RESPONSE, full.getMessage());
        }
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(View.of(response));
    }

    @DeleteMapping("/api/canned-responses/{locale}/{shortcut}")
    ResponseEntity<Void> delete(@PathVariable String locale, @PathVariable String shortcut) {
        if (!responses.delete(
                checked(() -> CannedResponse.requireLocale(locale)),
                checked(() -> CannedResponse.requireShortcut(shortcut)))) {
            throw unknown(locale, shortcut);
        }
        return ResponseEntity.noContent().build();
    }

    private static <T> T checked(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = e instanceof NullPointerException ? "text is required" : e.getMessage();
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CANNED_RESPONSE, message);
        }
    }

    private static ApiProblem unknown(String locale, String shortcut) {
        return new ApiProblem(
                HttpStatus.NOT_FOUND,
                ErrorCode.UNKNOWN_CANNED_RESPONSE,
                "no canned response /" + shortcut + " in " + locale);
    }
}
