/** The WebAuthn relying party from configuration ({@code FULLAUTH_PASSKEY_*}), checked at start. */
package dev.fullauth.bootstrap.passkey;
