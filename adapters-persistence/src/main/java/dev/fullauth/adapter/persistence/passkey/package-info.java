/** Passkeys in {@code fullauth_passkeys}. */
package dev.fullauth.adapter.persistence.passkey;
