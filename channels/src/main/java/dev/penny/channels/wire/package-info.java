/**
 * The envelope both sockets speak, its stable error codes and named close codes. See the {@code visitor} and {@code
 * agent} packages for their frame types.
 */
package dev.penny.channels.wire;
