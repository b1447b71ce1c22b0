package dev.fullauth.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionTypesTest {
  @Test
  void refreshTokenHash_isTheLowercaseHexSha256() {
    assertThat(RefreshTokenHash.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(RefreshTokenHash.of("abc").toString())
        .doesNotContain("ba7816bf8f01cfea414140de5dae2223");
    assertThatThrownBy(() -> new RefreshTokenHash("ABC"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sessionIds_are32LowercaseHex() {
    assertThat(SessionId.generate().value()).matches("[0-9a-f]{32}");
    assertThat(SessionId.isWellFormed("0123456789abcdef0123456789ABCDEF")).isFalse();
    assertThat(SessionId.isWellFormed(null)).isFalse();
  }

  @Test
  void refreshToken_truncatesClientMetadata_andKnowsWhenItIsLive() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    RefreshToken token =
        new RefreshToken(
            UUID.randomUUID(),
            RefreshTokenHash.of("t"),
            UserId.generate(now),
            SessionId.generate(),
            now.plusSeconds(60),
            false,
            "u".repeat(600),
            "1".repeat(50),
            now);
    assertThat(token.userAgent()).hasSize(512);
    assertThat(token.ipAddress()).hasSize(45);
    assertThat(token.isLive(now)).isTrue();
    assertThat(token.isLive(now.plusSeconds(60))).isFalse();
  }
}
