package dev.penny.channels.web;

import dev.penny.channels.wire.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Writes refused REST requests as JSON with a stable code. */
@RestControllerAdvice
class ApiProblemHandler {

    record Problem(String code, String message) {}

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Problem> problem(ApiProblem problem) {
        return ResponseEntity.status(problem.status())
                .body(new Problem(problem.code().wire(), problem.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Problem> badArgument(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(new Problem(ErrorCode.BAD_PAYLOAD.wire(), "bad value for " + e.getName()));
    }
}
