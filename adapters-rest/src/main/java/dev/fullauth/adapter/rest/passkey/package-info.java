/** Passkey routes: WebAuthn options out, browser responses in (anchor §2.6, §7). */
package dev.fullauth.adapter.rest.passkey;
