package dev.fullauth.application.port.out;

import dev.fullauth.domain.shared.AuthException;

/** A provider could not be reached or answered something unparseable (502, CONTRACT.md item 4). */
public final class OAuthProviderUnavailableException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason for the log; never contains codes or tokens
   */
  public OAuthProviderUnavailableException(String reason) {
    super(reason);
  }
}
