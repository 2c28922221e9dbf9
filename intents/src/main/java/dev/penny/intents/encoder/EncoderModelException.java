package dev.penny.intents.encoder;

/** A sentence-encoder model could not be found, read or run; the message says what to fix. */
public class EncoderModelException extends RuntimeException {

    public EncoderModelException(String message) {
        super(message);
    }

    public EncoderModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
