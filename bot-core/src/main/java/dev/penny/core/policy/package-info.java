/**
 * The escalation policy: given what the classifier and the retriever made of a visitor's message, decide whether the
 * bot answers from the FAQ, offers a choice, asks an LLM grounded on the FAQ and the articles, quotes an article, or
 * hands off to a person, and say why.
 */
package dev.penny.core.policy;
