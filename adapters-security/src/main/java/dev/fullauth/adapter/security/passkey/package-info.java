/** WebAuthn ceremony verification with webauthn4j (WebAuthn L3 §7.1, §7.2). */
package dev.fullauth.adapter.security.passkey;
