/**
 * The LLM adapter: {@link dev.penny.core.llm.LlmClient} on any OpenAI-compatible chat-completions endpoint through
 * langchain4j, active when {@code penny.llm.base-url} is set.
 */
package dev.penny.channels.llm;
