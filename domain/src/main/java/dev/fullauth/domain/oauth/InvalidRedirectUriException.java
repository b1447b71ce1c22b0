package dev.fullauth.domain.oauth;

import dev.fullauth.domain.shared.AuthException;

/**
 * The {@code redirect_uri} is not exactly one of the provider's configured URIs (RFC 9700 §4.1).
 */
public final class InvalidRedirectUriException extends AuthException {
  private static final long serialVersionUID = 1L;

  public InvalidRedirectUriException() {
    super("Invalid redirect URI");
  }
}
