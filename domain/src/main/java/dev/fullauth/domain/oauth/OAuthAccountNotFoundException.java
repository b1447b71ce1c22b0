package dev.fullauth.domain.oauth;

import dev.fullauth.domain.shared.AuthException;

/** The caller has no link to this provider. */
public final class OAuthAccountNotFoundException extends AuthException {
  private static final long serialVersionUID = 1L;

  public OAuthAccountNotFoundException() {
    super("OAuth account not found");
  }
}
