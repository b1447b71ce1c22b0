package dev.fullauth.application.port.out;

import dev.fullauth.domain.shared.AuthException;

/**
 * A bounded resource (the password hashing slots) stayed exhausted for longer than the configured
 * wait: the request is refused with 503 and {@code Retry-After} rather than queued without limit.
 */
public final class ServerBusyException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  /**
   * @param reason for the log
   * @param retryAfterSeconds what the client is told to wait, at least 1
   */
  public ServerBusyException(String reason, long retryAfterSeconds) {
    super(reason);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  /**
   * @return seconds the client should wait before retrying
   */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
