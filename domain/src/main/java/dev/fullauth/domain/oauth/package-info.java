/** Identities at external OAuth2/OpenID Connect providers and their links to local accounts. */
package dev.fullauth.domain.oauth;
