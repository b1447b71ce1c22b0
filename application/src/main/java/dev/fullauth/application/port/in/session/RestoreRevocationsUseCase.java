package dev.fullauth.application.port.in.session;

/**
 * Rebuilds the revocation list's session entries from the session store, for a start after the
 * whole cluster (and with it the shared cache) went down: every session revoked recently enough
 * that its access tokens may still be accepted is refused again until they would have expired.
 * Idempotent; running it on a node of a live cluster changes nothing.
 */
public interface RestoreRevocationsUseCase {
  /**
   * @return how many revoked sessions were put back into the revocation list
   */
  int restore();
}
