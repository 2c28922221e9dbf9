/**
 * Channels: the ways visitors reach Penny (the widget's socket, the HTTP message API, a bridge you write). A channel
 * implements {@link dev.penny.core.channel.Channel} and talks to Penny through the {@link
 * dev.penny.core.channel.VisitorDesk}.
 */
package dev.penny.core.channel;
