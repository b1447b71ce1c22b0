/** Authenticated encryption of secrets stored at rest. */
package dev.fullauth.adapter.security.cipher;
