/** Inbound port for the public signing keys. */
package dev.fullauth.application.port.in.keys;
