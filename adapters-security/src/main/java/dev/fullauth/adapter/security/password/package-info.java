/** Password hashing adapter: Argon2id and bcrypt with BouncyCastle. */
package dev.fullauth.adapter.security.password;
