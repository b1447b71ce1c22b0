package dev.fullauth.application.port.in.session;

/**
 * Exchanges a refresh token for a new pair, rotating it (anchor §3.7, CONTRACT.md item 1): the
 * presented token is revoked by compare-and-swap; a token that was already rotated or revoked burns
 * its whole session.
 */
public interface RefreshSessionUseCase {
  /**
   * @return the new pair, or a rejection that the caller turns into 401
   */
  RefreshResult refresh(RefreshCommand command);
}
