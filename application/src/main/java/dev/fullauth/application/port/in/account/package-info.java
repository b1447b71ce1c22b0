/** Inbound ports for accounts: registration, password login, and authentication of callers. */
package dev.fullauth.application.port.in.account;
