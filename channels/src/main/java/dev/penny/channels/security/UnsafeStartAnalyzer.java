package dev.penny.channels.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an unsafe configuration as Spring Boot's "APPLICATION FAILED TO START" report, without a stack trace. */
final class UnsafeStartAnalyzer extends AbstractFailureAnalyzer<UnsafeStart> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeStart cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
