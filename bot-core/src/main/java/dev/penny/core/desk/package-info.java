/**
 * The help desk around a handoff: business hours that decide whether a person can be tried at all, canned responses
 * agents insert by shortcut, internal notes on a conversation that the visitor never sees, and the visitor's identity as
 * the host site vouches for it.
 */
package dev.penny.core.desk;
