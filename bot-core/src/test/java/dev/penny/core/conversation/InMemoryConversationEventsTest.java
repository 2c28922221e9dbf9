package dev.penny.core.conversation;

class InMemoryConversationEventsTest extends ConversationEventsContract {

    @Override
    protected ConversationEvents[] newEvents() {
        InMemoryConversationEvents events = new InMemoryConversationEvents();
        return new ConversationEvents[] {events, events};
    }
}
