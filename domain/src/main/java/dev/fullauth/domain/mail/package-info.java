/** Outgoing mail: the outbox entries that a worker delivers with retries. */
package dev.fullauth.domain.mail;
