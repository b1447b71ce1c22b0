/**
 * Passkeys: challenge issue and single-use consumption, registration, passwordless login with the
 * counter rule applied atomically, and management (anchor §7, WebAuthn L3).
 */
package dev.fullauth.application.usecase.passkey;
