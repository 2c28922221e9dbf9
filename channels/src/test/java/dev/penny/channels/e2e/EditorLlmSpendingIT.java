package dev.penny.channels.e2e;

/** {@link EditorLlmSpendingContract} with the in-memory cost ledger and analytics counters. */
class EditorLlmSpendingIT extends EditorLlmSpendingContract {}
