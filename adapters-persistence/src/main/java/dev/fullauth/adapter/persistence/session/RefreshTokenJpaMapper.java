package dev.fullauth.adapter.persistence.session;

import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.UserId;

/** Maps refresh tokens between the domain and their rows, by hand. */
final class RefreshTokenJpaMapper {
  private RefreshTokenJpaMapper() {}

  static RefreshToken toDomain(RefreshTokenJpaEntity row) {
    return new RefreshToken(
        row.id,
        new RefreshTokenHash(row.tokenHash),
        new UserId(row.userId),
        new SessionId(row.familyId),
        row.expiresAt,
        row.revoked,
        row.userAgent,
        row.ipAddress,
        row.createdAt);
  }

  static RefreshTokenJpaEntity toRow(RefreshToken token) {
    RefreshTokenJpaEntity row = new RefreshTokenJpaEntity();
    row.id = token.id();
    row.tokenHash = token.hash().hex();
    row.userId = token.userId().value();
    row.familyId = token.sessionId().value();
    row.expiresAt = token.expiresAt();
    row.revoked = token.revoked();
    row.userAgent = token.userAgent();
    row.ipAddress = token.ipAddress();
    row.createdAt = token.createdAt();
    return row;
  }
}
