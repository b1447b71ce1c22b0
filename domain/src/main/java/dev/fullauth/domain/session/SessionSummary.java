package dev.fullauth.domain.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One session as a user sees it (anchor §8.1): a refresh-token family with at least one live token.
 *
 * @param sessionId the family
 * @param ipAddress of the newest live token, may be null
 * @param userAgent of the newest live token, may be null
 * @param createdAt when the session began (its oldest token)
 * @param lastUsedAt its latest login or rotation (newest token, revoked ones included)
 * @param expiresAt when the newest live token expires
 * @param current whether the caller's access token belongs to it
 */
public record SessionSummary(
    SessionId sessionId,
    String ipAddress,
    String userAgent,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    boolean current) {
  public SessionSummary {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * @param caller the caller's session, may be null
   * @return this session, marked current exactly when it is the caller's
   */
  public SessionSummary markedFor(SessionId caller) {
    return new SessionSummary(
        sessionId,
        ipAddress,
        userAgent,
        createdAt,
        lastUsedAt,
        expiresAt,
        sessionId.equals(caller));
  }

  /**
   * Groups a user's refresh tokens into sessions, keeps those with a live token, newest use first.
   *
   * @param tokens all refresh tokens of one user
   * @param now the current time
   * @param current the caller's session, may be null
   * @return the live sessions
   */
  public static List<SessionSummary> of(List<RefreshToken> tokens, Instant now, SessionId current) {
    Map<SessionId, List<RefreshToken>> bySession = new LinkedHashMap<>();
    for (RefreshToken token : tokens) {
      bySession.computeIfAbsent(token.sessionId(), k -> new ArrayList<>()).add(token);
    }
    List<SessionSummary> out = new ArrayList<>();
    for (Map.Entry<SessionId, List<RefreshToken>> entry : bySession.entrySet()) {
      List<RefreshToken> family = entry.getValue();
      RefreshToken newestLive =
          family.stream()
              .filter(t -> t.isLive(now))
              .max(Comparator.comparing(RefreshToken::createdAt))
              .orElse(null);
      if (newestLive == null) {
        continue;
      }
      Instant created =
          family.stream().map(RefreshToken::createdAt).min(Comparator.naturalOrder()).orElseThrow();
      Instant lastUsed =
          family.stream().map(RefreshToken::createdAt).max(Comparator.naturalOrder()).orElseThrow();
      out.add(
          new SessionSummary(
              entry.getKey(),
              newestLive.ipAddress(),
              newestLive.userAgent(),
              created,
              lastUsed,
              newestLive.expiresAt(),
              entry.getKey().equals(current)));
    }
    out.sort(Comparator.comparing(SessionSummary::lastUsedAt).reversed());
    return List.copyOf(out);
  }
}
