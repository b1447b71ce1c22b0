/**
 * Use cases of passkeys (WebAuthn): registration, passwordless login, management (anchor §2.6, §7).
 */
package dev.fullauth.application.port.in.passkey;
