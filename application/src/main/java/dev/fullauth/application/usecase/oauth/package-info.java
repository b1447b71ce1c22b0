/**
 * OAuth login: state minting with PKCE and browser binding, code redemption, account linking
 * (anchor §6, CONTRACT.md item 4, RFC 9700).
 */
package dev.fullauth.application.usecase.oauth;
