package dev.fullauth.application.port.in.maintenance;

/**
 * What one purge batch deleted.
 *
 * @param refreshTokens deleted refresh-token rows
 * @param mails deleted outbox rows
 * @param batchSize the most rows of one kind a batch deletes
 */
public record PurgeResult(int refreshTokens, int mails, int batchSize) {
  public PurgeResult {
    if (refreshTokens < 0 || mails < 0 || batchSize < 1) {
      throw new IllegalArgumentException("counts must not be negative, batch size positive");
    }
  }

  /**
   * @return whether a kind filled its batch, so that more rows may be waiting
   */
  public boolean full() {
    return refreshTokens >= batchSize || mails >= batchSize;
  }
}
