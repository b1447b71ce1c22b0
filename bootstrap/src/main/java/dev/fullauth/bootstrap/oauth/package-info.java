/** OAuth providers from configuration ({@code FULLAUTH_OAUTH_*}), checked at start. */
package dev.fullauth.bootstrap.oauth;
