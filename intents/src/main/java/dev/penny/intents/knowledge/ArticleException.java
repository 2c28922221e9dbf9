package dev.penny.intents.knowledge;

/**
 * An article or a set of articles Penny refuses, with a stable code for APIs and a sentence for people. Nothing is
 * stored when one is thrown.
 */
public final class ArticleException extends RuntimeException {

    /** Why an article was refused; the names are the codes the catalog API returns. */
    public enum Code {
        ARTICLE_TOO_LARGE,
        TOO_MANY_ARTICLES,
        TOO_MUCH_ARTICLE_TEXT,
        DUPLICATE_ARTICLE_ID,
        INVALID_ARTICLE_ID,
        UNSAFE_LINK,
        UNREADABLE_DOCUMENT,
        EMPTY_ARTICLE,
        UNSUPPORTED_FORMAT
    }

    private final Code code;

    public ArticleException(Code code, String message) {
        super(message);
        this.code = code;
    }

    /** The stable code. */
    public Code code() {
        return code;
    }
}
