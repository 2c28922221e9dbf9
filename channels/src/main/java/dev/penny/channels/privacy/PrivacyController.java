package dev.penny.channels.privacy;

import dev.penny.channels.web.ApiProblem;
import dev.penny.channels.wire.ErrorCode;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.handoff.LeftMessage;
import dev.penny.core.privacy.ConversationExport;
import dev.penny.core.privacy.Erasure;
import dev.penny.core.privacy.PersonalData;
import dev.penny.core.privacy.VisitorErasure;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visitor's requests about their data: export a conversation, erase it, erase everything left under an email address
 * (sent in the body, so it never lands in an access log). Each call writes one {@link PrivacyAudit} line.
 */
@RestController
class PrivacyController {

    static final String CONVERSATIONS = "/api/privacy/conversations/";
    static final String VISITOR_ERASURES = "/api/privacy/visitor-erasures";

    private final PersonalData data;
    private final PrivacyAudit audit;

    PrivacyController(PersonalData data, PrivacyAudit audit) {
        this.data = data;
        this.audit = audit;
    }

    /**
     * @param leftMessages how many messages were left with the address
     * @param conversations the conversations erased with them
     */
    record VisitorReceipt(int leftMessages, List<ErasureView> conversations) {}

    /**
     * What erasing one conversation removed.
     *
     * @param conversationId the conversation
     * @param turns how many turns it had
     * @param leftMessages how many messages were left from it
     */
    record ErasureView(String conversationId, int turns, int leftMessages) {
        static ErasureView of(Erasure erasure) {
            return new ErasureView(erasure.conversationId().value(), erasure.turns(), erasure.leftMessages());
        }
    }

    /** @param email the address the visitor left messages with */
    record VisitorRequest(String email) {}

    @GetMapping(CONVERSATIONS + "{id}")
    ExportView export(@PathVariable String id, Principal who) {
        ConversationId conversation = conversation(id, PrivacyAction.EXPORT, who);
        ConversationExport export = data.export(conversation).orElseThrow(() -> unknown(PrivacyAction.EXPORT, id, who));
        audit.record(
                PrivacyAction.EXPORT,
                who.getName(),
                "exported",
                details(
                        conversation,
                        export.turns().size(),
                        export.leftMessages().size()));
        return ExportView.of(export);
    }

    @DeleteMapping(CONVERSATIONS + "{id}")
    ErasureView erase(@PathVariable String id, Principal who) {
        ConversationId conversation = conversation(id, PrivacyAction.ERASE_CONVERSATION, who);
        Erasure erasure =
                data.erase(conversation).orElseThrow(() -> unknown(PrivacyAction.ERASE_CONVERSATION, id, who));
        audit.record(
                PrivacyAction.ERASE_CONVERSATION,
                who.getName(),
                "erased",
                details(conversation, erasure.turns(), erasure.leftMessages()));
        return ErasureView.of(erasure);
    }

    @PostMapping(VISITOR_ERASURES)
    VisitorReceipt eraseVisitor(@RequestBody VisitorRequest request, Principal who) {
        String email = request == null ? null : request.email();
        if (!LeftMessage.isEmail(email)) {
            audit.record(PrivacyAction.ERASE_VISITOR, who.getName(), "invalid", Map.of("status", 400));
            throw new ApiProblem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_EMAIL, "not an email address");
        }
        VisitorErasure erased = data.eraseVisitor(email);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("left_messages", erased.leftMessages());
        details.put(
                "conversations",
                String.join(
                        ",",
                        erased.conversations().stream()
                                .map(e -> e.conversationId().value())
                                .toList()));
        if (erased.isEmpty()) {
            audit.record(PrivacyAction.ERASE_VISITOR, who.getName(), "not_found", Map.of("status", 404));
            throw new ApiProblem(
                    HttpStatus.NOT_FOUND, ErrorCode.UNKNOWN_VISITOR, "no message was left with this address");
        }
        audit.record(PrivacyAction.ERASE_VISITOR, who.getName(), "erased", details);
        return new VisitorReceipt(
                erased.leftMessages(),
                erased.conversations().stream().map(ErasureView::of).toList());
    }

    // The one place a path's id becomes a conversation: the public id the console and the logs show, never the
    // secret resume token.
    private ConversationId conversation(String id, PrivacyAction action, Principal who) {
        if (!ConversationId.isValid(id)) {
            audit.record(action, who.getName(), "invalid", Map.of("status", 400));
        }
        return ApiProblem.conversationId(id);
    }

    private ApiProblem unknown(PrivacyAction action, String id, Principal who) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("conversation", id);
        details.put("status", 404);
        audit.record(action, who.getName(), "not_found", details);
        return ApiProblem.unknownConversation(id);
    }

    private static Map<String, Object> details(ConversationId id, int turns, int leftMessages) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("conversation", id.value());
        details.put("turns", turns);
        details.put("left_messages", leftMessages);
        return details;
    }
}
