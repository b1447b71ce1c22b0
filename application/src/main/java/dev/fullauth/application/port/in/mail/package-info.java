/** Inbound ports of the e-mail flows: verification, password reset, and outbox delivery. */
package dev.fullauth.application.port.in.mail;
