/** WebAuthn credentials (passkeys) registered to accounts, and their clone-detection rule. */
package dev.fullauth.domain.passkey;
