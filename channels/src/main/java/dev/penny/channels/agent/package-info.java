/**
 * The agent console socket, {@code /ws/agent}, for signed-in agents (HTTP Basic or the login form's session), in
 * the same envelope as the visitor socket.
 *
 * <p>On connect the agent counts as online (the server heartbeats for them while the socket is open) and receives
 * {@code session.started} (payload {@code agent}, {@code held}: the conversations they hold) and {@code queue}.
 *
 * <p>Client to server, each answered by a frame carrying the command's envelope {@code id}:
 *
 * <ul>
 *   <li>{@code agent.claim} — payload {@code conversationId} (absent: the longest waiting). Answered by {@code
 *       claimed} (payload {@code conversationId}, {@code transcript}: every turn with the bot's route, reason and
 *       intent scores) or {@code error} {@code already_claimed} / {@code not_waiting}.
 *   <li>{@code agent.message} — payload {@code conversationId}, {@code text}. Answered by {@code sent} (payload
 *       {@code conversationId}, {@code turn}); the visitor gets a {@code bot.message} with source agent.
 *   <li>{@code agent.release} — hand back to the bot. Answered by {@code released}.
 *   <li>{@code agent.close} — end the conversation. Answered by {@code closed}.
 *   <li>{@code left.messages} — answered by {@code left.messages} (payload {@code messages}: conversationId, email,
 *       text, at).
 *   <li>{@code agent.typing} — payload {@code conversationId}; {@code heartbeat}; {@code ping} (answered by {@code
 *       pong}).
 * </ul>
 *
 * <p>Pushed by the server: {@code queue} (payload {@code conversations}: conversationId, summary, waitingSince,
 * waitingSeconds, topIntents, reason, costMicroDollars) whenever the queue changes on any node; {@code
 * visitor.message} (payload {@code conversationId}, {@code turn}) for conversations the agent holds; {@code typing}.
 * Errors: {@code error} with {@code not_held}, {@code invalid_conversation} and the envelope codes.
 */
package dev.penny.channels.agent;
