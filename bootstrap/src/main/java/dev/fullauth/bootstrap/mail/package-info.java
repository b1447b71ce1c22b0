/** Bootstrap: mail wiring and the outbox worker. */
package dev.fullauth.bootstrap.mail;
