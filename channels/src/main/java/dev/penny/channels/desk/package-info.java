/** The visitor desk that Penny's channels (the widget's socket, the HTTP message API) and yours share. */
package dev.penny.channels.desk;
