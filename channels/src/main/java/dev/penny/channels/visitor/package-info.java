/**
 * The visitor socket, {@code /ws/visitor}: the widget's side of a conversation.
 *
 * <p>Every frame is an envelope {@code {"v":1,"type":"…","conversationId":"…","id":"…","payload":{…}}}. The
 * conversation id is public (logs, the console, events and webhooks show it); what resumes a conversation after a
 * reconnect, on any node, is the secret resume token that only the visitor's client holds. The transport's session id
 * is never the conversation id. Every refused frame is answered with an {@code error} frame and the socket stays open.
 *
 * <p>Client to server:
 *
 * <ul>
 *   <li>{@code session.start} — payload {@code resumeToken} (optional: resume its conversation) and {@code
 *       lastSeenId} (optional: the last turn the widget has). Answered by {@code session.started}; a conversation id
 *       without the token, or a token that is not its conversation's or has expired, by error {@code
 *       resume_refused}.
 *   <li>{@code user.message} — payload {@code text}; the envelope {@code id} is the message's id (1–64 of {@code
 *       [A-Za-z0-9_-]}): re-sending a message with the same id is answered once, with the first answer.
 *   <li>{@code quick.reply} — payload {@code text}: the chosen option, e.g. a "did you mean" title.
 *   <li>{@code leave.message} — payload {@code text} and {@code email}, when no agent is online.
 *   <li>{@code feedback} — payload {@code turnId} (a bot answer of this conversation), {@code helpful} (true or
 *       false) and an optional {@code comment}; sending it again replaces it. {@code rating} — payload {@code score}
 *       (1–5) and an optional {@code comment}, for a conversation an agent took part in. Both are answered by {@code
 *       feedback.saved}.
 *   <li>{@code typing} — the visitor is typing (shown to the agent holding the conversation, on the same node).
 *   <li>{@code ping} — answered by {@code pong}.
 * </ul>
 *
 * <p>Server to client:
 *
 * <ul>
 *   <li>{@code session.started} — payload {@code conversationId}, {@code resumeToken} (a new conversation only:
 *       {@code <conversationId>.<secret>}, to keep and never show), {@code forgetOnClose} (only when {@code
 *       penny.widget.forget-on-close} is on), {@code resumed}, {@code state} (bot,
 *       waiting_for_agent, with_agent, closed), {@code maxMessageChars}, {@code missed}: the turns after {@code
 *       lastSeenId} (all of them without it), each {@code id, author, source, text, quickReplies, route, at}.
 *   <li>{@code ack} — a message was stored; envelope {@code id} is the message's, payload {@code state} and {@code
 *       duplicate} (it had been received before).
 *   <li>{@code bot.message} — envelope {@code id} is the turn's; payload {@code text} (Markdown links), {@code source}
 *       (faq, llm, agent, system), {@code quickReplies}, {@code route} (bot turns: faq, choice, llm, human), {@code
 *       replyTo} (the visitor message answered, if any), {@code at}.
 *   <li>{@code handoff.status} — payload {@code status}: waiting (with {@code position} in the queue, updated as it
 *       moves), no_agent_online (with {@code leaveMessage: true}), agent_joined, agent_left (back to the bot),
 *       closed, message_left.
 *   <li>{@code typing} — payload {@code from: "agent"}.
 *   <li>{@code error} — payload {@code code} (see {@link dev.penny.channels.wire.ErrorCode}) and {@code message};
 *       envelope {@code id} is the refused frame's. A {@code busy} error adds {@code retryAfterMs}: the message was
 *       not accepted; send it again with the same id after about that long, backing off.
 * </ul>
 *
 * <p>A disallowed {@code Origin} is refused at the handshake (HTTP 403). Closes use {@link
 * dev.penny.channels.wire.CloseCodes}.
 */
package dev.penny.channels.visitor;
