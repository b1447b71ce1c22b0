/** Provider links in {@code fullauth_oauth_accounts}. */
package dev.fullauth.adapter.persistence.oauth;
