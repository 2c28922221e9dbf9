package dev.penny.channels.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.penny.core.llm.LlmException;
import dev.penny.core.llm.LlmException.Failure;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Set;

/**
 * Sorts what a failed langchain4j call threw into the port's three failures, by the first telling exception in the
 * cause chain: no answer in time is TIMEOUT; no server to talk to, or one refusing service (authentication, quota,
 * outage) is UNAVAILABLE; everything else (other statuses, a malformed response) is ERROR.
 */
final class LlmFailures {

    private static final Set<Integer> REFUSED = Set.of(401, 403, 429, 503);
    private static final Set<Integer> TOO_SLOW = Set.of(408, 504);

    private LlmFailures() {}

    static LlmException classify(RuntimeException thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return new LlmException(Failure.TIMEOUT, "the LLM did not answer in time", thrown);
            }
            if (t instanceof HttpException http) {
                return fromStatus(http.statusCode(), thrown);
            }
            if (t instanceof ConnectException
                    || t instanceof UnresolvedModelServerException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof NoRouteToHostException
                    || t instanceof ClosedChannelException) {
                return new LlmException(Failure.UNAVAILABLE, "the LLM server cannot be reached: " + t, thrown);
            }
        }
        return new LlmException(Failure.ERROR, "the LLM call failed: " + thrown, thrown);
    }

    private static LlmException fromStatus(int status, RuntimeException thrown) {
        Failure failure = REFUSED.contains(status)
                ? Failure.UNAVAILABLE
                : TOO_SLOW.contains(status) ? Failure.TIMEOUT : Failure.ERROR;
        // The body is left out of the message: providers echo request details there; it stays in the cause.
        return new LlmException(failure, "the LLM answered HTTP " + status, thrown);
    }
}
