package dev.fullauth.application.port.out;

import dev.fullauth.domain.shared.AuthException;

/**
 * A provider refused the authorization code (for example a PKCE mismatch) or its tokens did not
 * validate. The client sees the generic OAuth failure.
 */
public final class OAuthExchangeRejectedException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason for the log; never contains codes or tokens
   */
  public OAuthExchangeRejectedException(String reason) {
    super(reason);
  }
}
