package dev.penny.channels.wire;

/** A frame the server refuses; the endpoint answers it with an {@code error} frame and keeps the socket open. */
public final class BadFrame extends RuntimeException {

    private final ErrorCode code;

    public BadFrame(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
