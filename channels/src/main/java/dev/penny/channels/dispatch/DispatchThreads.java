package dev.penny.channels.dispatch;

import dev.penny.channels.config.DispatchProperties;

/** How many of the dispatch threads may call the conversation store (Redis) at the same moment. */
public final class DispatchThreads {

    private DispatchThreads() {}

    /**
     * The classifying threads, every responder thread (the kept-ready ones, those started while all of them wait for
     * an LLM, and the overflow ones) and the announcer. Reply senders write to sockets only.
     */
    public static int usingTheStore(DispatchProperties dispatch) {
        return dispatch.classifiers() + Responders.MAX_THREADS + dispatch.workers() + 1;
    }
}
