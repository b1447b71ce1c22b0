/** The user account: identity, e-mail address, status flags and profile. */
package dev.fullauth.domain.user;
