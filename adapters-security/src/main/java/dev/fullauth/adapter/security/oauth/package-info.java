/**
 * OAuth 2.0 and OpenID Connect provider clients with the Nimbus OAuth2/OIDC SDK: discovery, PKCE
 * S256 (RFC 7636), code redemption, ID-token validation (OpenID Connect Core §3.1.3.7) and a client
 * for GitHub's non-OIDC endpoints.
 */
package dev.fullauth.adapter.security.oauth;
