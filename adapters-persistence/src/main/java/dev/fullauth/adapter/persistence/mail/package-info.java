/** JPA persistence of the mail outbox. */
package dev.fullauth.adapter.persistence.mail;
