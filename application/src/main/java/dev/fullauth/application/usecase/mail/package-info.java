/** Use-case implementations for the e-mail flows and the outbox worker. */
package dev.fullauth.application.usecase.mail;
