package dev.penny.core.channel;

import dev.penny.core.engine.Reply;
import dev.penny.core.engine.VisitorMessage;
import java.util.concurrent.CompletableFuture;

/**
 * How an {@link EngineVisitorDesk} gets a message answered: straight by the engine, or through a batcher that
 * classifies the messages of every channel together.
 */
@FunctionalInterface
public interface Answering {

    CompletableFuture<Reply> answer(VisitorMessage message);
}
