package com.example.helpdesk;

import dev.penny.core.channel.Channel;
import dev.penny.core.channel.ConversationUpdate;
import dev.penny.core.channel.VisitorDesk;
import dev.penny.core.conversation.ConversationId;
import dev.penny.core.conversation.MessageId;
import dev.penny.core.conversation.Turn;
import dev.penny.core.engine.VisitorMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Text messages as a Penny channel: the SMS provider posts each incoming text to {@code /sms/inbound} and sends back the
 * texts in the response, as providers' webhooks allow; what agents write later goes out as new texts. One conversation
 * per phone number, kept while this node runs. The texts are kept in {@link #sent()}; a real service would send them
 * through its provider's API.
 */
@RestController
class SmsChannel implements Channel {

    /** A text the provider received, with its own id for it (a retry keeps the id and is answered once). */
    record Incoming(String from, String messageId, String text) {}

    /** A text to send. */
    record Text(String to, String text) {}

    private final VisitorDesk desk;
    private final Map<String, ConversationId> conversations = new ConcurrentHashMap<>();
    private final Map<ConversationId, String> phones = new ConcurrentHashMap<>();
    private final List<Text> sent = new CopyOnWriteArrayList<>();

    SmsChannel(VisitorDesk desk) {
        this.desk = desk;
    }

    @Override
    public String name() {
        return "sms";
    }

    @PostMapping("/sms/inbound")
    List<String> inbound(@RequestBody Incoming sms) {
        ConversationId id = conversations.computeIfAbsent(sms.from(), phone -> {
            // the resume token is not needed: the phone number names the conversation here
            ConversationId started = desk.start(this, phone).id();
            phones.put(started, phone);
            desk.follow(this, started);
            return started;
        });
        return desk
                .receive(new VisitorMessage(id, new MessageId(sms.messageId()), sms.text()))
                .orTimeout(30, TimeUnit.SECONDS)
                .join()
                .botTurns()
                .stream()
                .map(Turn::text)
                .toList();
    }

    /** An agent joined, wrote, handed back or closed: text it to the phone. */
    @Override
    public void deliver(ConversationUpdate update) {
        sent.add(new Text(phones.get(update.conversationId()), update.turn().text()));
    }

    Optional<ConversationId> conversationOf(String phone) {
        return Optional.ofNullable(conversations.get(phone));
    }

    List<Text> sent() {
        return List.copyOf(sent);
    }
}
