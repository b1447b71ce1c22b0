package dev.fullauth.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionSummaryTest {
  private final Instant now = Instant.parse("2026-01-01T12:00:00Z");
  private final UserId user = UserId.generate(now);

  private RefreshToken token(
      SessionId s, long ageSeconds, boolean revoked, String agent, long ttlSeconds) {
    Instant created = now.minusSeconds(ageSeconds);
    return new RefreshToken(
        UUID.randomUUID(),
        RefreshTokenHash.of(UUID.randomUUID().toString()),
        user,
        s,
        created.plusSeconds(ttlSeconds),
        revoked,
        agent,
        "10.0.0.1",
        created);
  }

  @Test
  void sessions_summariseTheirFamily_andOnlyLiveOnesAreListed() {
    SessionId laptop = SessionId.generate();
    SessionId phone = SessionId.generate();
    SessionId dead = SessionId.generate();
    List<SessionSummary> list =
        SessionSummary.of(
            List.of(
                token(laptop, 300, true, "Laptop/1", 3600),
                token(laptop, 100, false, "Laptop/2", 3600),
                token(phone, 50, false, "Phone", 3600),
                token(dead, 10, true, "Gone", 3600),
                token(dead, 5000, false, "Expired", 60)),
            now,
            laptop);
    assertThat(list).extracting(SessionSummary::sessionId).containsExactly(phone, laptop);
    SessionSummary l = list.get(1);
    assertThat(l.createdAt()).isEqualTo(now.minusSeconds(300));
    assertThat(l.lastUsedAt()).isEqualTo(now.minusSeconds(100));
    assertThat(l.userAgent()).isEqualTo("Laptop/2");
    assertThat(l.current()).isTrue();
    assertThat(list.get(0).current()).isFalse();
  }
}
