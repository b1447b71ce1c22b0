package dev.fullauth.domain.session;

import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One issued refresh token of a session. A login creates the first one; each rotation revokes the
 * presented one and adds its successor to the same session.
 *
 * @param id row identity
 * @param hash digest of the raw token
 * @param userId owner
 * @param sessionId the family it belongs to
 * @param expiresAt end of validity
 * @param revoked whether it was rotated or revoked
 * @param userAgent client's User-Agent, at most 512 characters, may be null
 * @param ipAddress client's address, at most 45 characters, may be null
 * @param createdAt issue time
 */
public record RefreshToken(
    java.util.UUID id,
    RefreshTokenHash hash,
    UserId userId,
    SessionId sessionId,
    Instant expiresAt,
    boolean revoked,
    String userAgent,
    String ipAddress,
    Instant createdAt) {
  /** Longest stored User-Agent. */
  public static final int USER_AGENT_MAX = 512;

  /** Longest stored IP address (an IPv6 text form with zone fits). */
  public static final int IP_ADDRESS_MAX = 45;

  public RefreshToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
    userAgent = truncate(userAgent, USER_AGENT_MAX);
    ipAddress = truncate(ipAddress, IP_ADDRESS_MAX);
  }

  /**
   * @param now the current time
   * @return whether this token can still be exchanged
   */
  public boolean isLive(Instant now) {
    return !revoked && expiresAt.isAfter(now);
  }

  private static String truncate(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    return text.substring(0, max);
  }
}
