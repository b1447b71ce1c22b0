package dev.fullauth.domain.shared;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Creates identifiers: time-ordered UUIDs (version 7, RFC 9562 §5.7) for rows, and 128-bit random
 * hex strings for token ids and session families.
 */
public final class TimeOrderedIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedIds() {}

  /**
   * A UUIDv7: 48 bits of Unix milliseconds, then random bits, so that index inserts stay local.
   *
   * @param now the creation time
   * @return a new UUID, never null
   */
  public static UUID uuidV7(Instant now) {
    long millis = now.toEpochMilli();
    long randA = RANDOM.nextLong();
    long randB = RANDOM.nextLong();
    long msb = (millis << 16) | 0x7000L | (randA & 0x0FFFL);
    long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /**
   * 32 lowercase hex characters from 16 random bytes: the format of the anchor's {@code jti} and
   * {@code family_id}.
   *
   * @return a new random id
   */
  public static String randomHex128() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
