package dev.penny.channels.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** What a privacy call asks for, as the audit line names it. */
enum PrivacyAction {
    EXPORT,
    ERASE_CONVERSATION,
    ERASE_VISITOR,
    UNKNOWN;

    String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action a request under {@code /api/privacy} asks for, read from its method and path. */
    static PrivacyAction of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(PrivacyController.CONVERSATIONS)) {
            return switch (request.getMethod()) {
                case "GET" -> EXPORT;
                case "DELETE" -> ERASE_CONVERSATION;
                default -> UNKNOWN;
            };
        }
        return path.equals(PrivacyController.VISITOR_ERASURES) && "POST".equals(request.getMethod())
                ? ERASE_VISITOR
                : UNKNOWN;
    }
}
