package dev.penny.channels.catalog;

import dev.penny.intents.catalog.Intent;
import dev.penny.intents.versions.DraftIntent;
import java.util.List;

/**
 * An intent as the editing API reads and writes it; {@code revision} only in responses and in updates, where it is
 * the revision the edit was made on.
 */
record IntentView(
        String id,
        String title,
        List<String> examples,
        String answer,
        List<String> quickReplies,
        List<String> followUps,
        List<String> tags,
        String locale,
        Long revision) {

    static IntentView of(DraftIntent draft) {
        Intent i = draft.intent();
        return new IntentView(
                i.id(),
                i.title(),
                i.examples(),
                i.answer(),
                i.quickReplies(),
                i.followUps(),
                i.tags(),
                i.locale(),
                draft.revision());
    }

    Intent intent() {
        return new Intent(id, title, examples, answer, quickReplies, followUps, tags, locale);
    }

    Intent withId(String otherId) {
        return new Intent(otherId, title, examples, answer, quickReplies, followUps, tags, locale);
    }
}
