/** Keeping visitors' personal data out of places it does not need to go, such as LLM providers. */
package dev.penny.core.privacy;
