package dev.fullauth.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.domain.password.PasswordHash;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {
  private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final User ann =
      User.register(
          UserId.generate(now),
          EmailAddress.of("ann@example.com"),
          new PasswordHash("$argon2id$h"),
          now);

  @Test
  void newUser_isActiveUnverifiedAndOrdinary() {
    assertThat(ann.isActive()).isTrue();
    assertThat(ann.isVerified()).isFalse();
    assertThat(ann.isSuperuser()).isFalse();
    assertThat(ann.displayName()).isEmpty();
  }

  @Test
  void changes_returnNewInstances_andKeepTheIdentity() {
    User changed =
        ann.changePassword(new PasswordHash("$argon2id$other")).confirmEmail().rename("Ann");
    assertThat(changed).isEqualTo(ann);
    assertThat(changed.passwordHash()).contains(new PasswordHash("$argon2id$other"));
    assertThat(changed.isVerified()).isTrue();
    assertThat(ann.isVerified()).isFalse();
    assertThat(changed.deactivate().isActive()).isFalse();
    assertThat(changed.promoteToSuperuser().isSuperuser()).isTrue();
  }

  @Test
  void displayName_isLimitedInCodePoints() {
    assertThat(ann.rename("😀".repeat(200)).displayName()).isPresent();
    assertThatThrownBy(() -> ann.rename("x".repeat(201)))
        .isInstanceOf(InvalidDisplayNameException.class);
  }

  @Test
  void toString_showsNoSecret() {
    assertThat(ann.toString()).doesNotContain("argon2").doesNotContain("ann@example.com");
  }

  @Test
  void ids_areTimeOrderedVersion7() {
    UserId id = UserId.generate(now);
    assertThat(id.value().version()).isEqualTo(7);
    assertThat(UserId.parse(id.toString())).contains(id);
    assertThat(UserId.parse("not-a-uuid")).isEmpty();
    assertThat(UserId.parse(null)).isEmpty();
    assertThat(UserId.generate(now.plusSeconds(1)).value().toString())
        .isGreaterThan(id.value().toString());
  }
}
