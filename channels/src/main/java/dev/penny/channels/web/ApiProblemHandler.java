package dev.penny.channels.web;

import dev.penny.channels.wire.ErrorCode;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Writes refused REST requests as JSON with a stable code. */
@RestControllerAdvice(basePackages = "dev.penny.channels")
class ApiProblemHandler {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem) {
        return problem.response();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badArgument(MethodArgumentTypeMismatchException e) {
        return badPayload(HttpStatus.BAD_REQUEST, "bad value for " + e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingArgument(MissingServletRequestParameterException e) {
        return badPayload(HttpStatus.BAD_REQUEST, "missing parameter " + e.getParameterName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return badPayload(HttpStatus.BAD_REQUEST, "the body is not the JSON this endpoint takes");
    }

    /** Bodies are JSON only: a cross-site form cannot send that without the browser asking this server first. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e) {
        return badPayload(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
    }

    private static ResponseEntity<Map<String, Object>> badPayload(HttpStatus status, String message) {
        return new ApiProblem(status, ErrorCode.BAD_PAYLOAD, message).response();
    }
}
