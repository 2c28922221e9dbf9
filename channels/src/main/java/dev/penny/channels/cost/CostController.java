package dev.penny.channels.cost;

import dev.penny.channels.web.ApiProblem;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.ConversationStore;
import dev.penny.core.cost.CostLedger;
import dev.penny.core.cost.CostTotals;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What conversations and days cost: {@code /api/conversations/{id}/cost} and {@code /api/costs/daily}. */
@RestController
class CostController {

    private final CostLedger ledger;
    private final ConversationStore store;
    private final Clock clock;

    CostController(CostLedger ledger, ConversationStore store, Clock clock) {
        this.ledger = ledger;
        this.store = store;
        this.clock = clock;
    }

    record ConversationCost(String conversationId, CostView cost) {}

    record DailyCost(String date, CostView cost) {}

    @GetMapping("/api/conversations/{id}/cost")
    ConversationCost conversation(@PathVariable String id) {
        ConversationId conversation = ApiProblem.conversationId(id);
        CostTotals totals = ledger.conversationTotals(conversation);
        if (totals.equals(CostTotals.NONE) && store.state(conversation).isEmpty()) {
            throw ApiProblem.unknownConversation(id);
        }
        return new ConversationCost(conversation.value(), CostView.of(totals));
    }

    /** @param date a UTC calendar day, {@code YYYY-MM-DD}; today when absent */
    @GetMapping("/api/costs/daily")
    DailyCost daily(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        return new DailyCost(day.toString(), CostView.of(ledger.dailyTotals(day)));
    }
}
