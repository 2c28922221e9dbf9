/**
 * Handing conversations to people: the queue of conversations waiting for an agent, claims that give one agent a
 * conversation, agents' presence, and messages visitors leave when nobody is online.
 */
package dev.penny.core.handoff;
