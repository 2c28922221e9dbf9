/**
 * What happens in conversations, told to whoever listens outside the engine: a bridge, a helpdesk, the embedding
 * application. Each {@link dev.penny.core.events.SupportEvent} is emitted once, by the node where it happened, through
 * the {@link dev.penny.core.events.SupportEvents} port.
 */
package dev.penny.core.events;
