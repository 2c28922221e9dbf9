/**
 * The visitor desk that Penny's channels (the widget's socket, the HTTP message API) and yours share, and the agent
 * console's help-desk features on the server: business hours and the identity secret from {@code penny.desk.*},
 * canned responses over REST, and the in-memory stores of notes, identities and canned responses when no Redis is
 * configured.
 */
package dev.penny.channels.desk;
