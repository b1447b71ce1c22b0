/** Inbound ports of request protection: auth rate limits. */
package dev.fullauth.application.port.in.protection;
