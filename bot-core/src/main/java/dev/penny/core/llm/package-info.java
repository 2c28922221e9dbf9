/**
 * The LLM port: answering a visitor's question from the FAQ entries that match it best, when the intent classifier
 * alone is unsure. Providers live in the channels module ({@code OpenAiLlmClient}); {@link
 * dev.penny.core.llm.DisabledLlmClient} stands in when none is configured.
 */
package dev.penny.core.llm;
