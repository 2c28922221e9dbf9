/**
 * The engine that answers visitors ({@link dev.penny.core.engine.SupportEngine}) and the agents' side of a handoff
 * ({@link dev.penny.core.engine.AgentDesk}). Channels turn transport frames into calls here and send back the turns
 * these return; all decisions are made here, none in the channels.
 */
package dev.penny.core.engine;
