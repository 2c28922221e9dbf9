package dev.penny.channels.events;

import dev.penny.core.events.SupportEvents;

/**
 * Takes support events for delivery outside Penny (webhooks). Taking an
 * event must be quick: it is called on the thread that answers the visitor, so delivery happens elsewhere.
 */
public interface SupportEventOutbox extends SupportEvents {}
