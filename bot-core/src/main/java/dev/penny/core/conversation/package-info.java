/**
 * The conversation model and where conversations are kept: who said what ({@link dev.penny.core.conversation.Turn}),
 * who is answering ({@link dev.penny.core.conversation.ConversationState}), and the
 * {@link dev.penny.core.conversation.ConversationStore} port with its in-memory twin.
 */
package dev.penny.core.conversation;
