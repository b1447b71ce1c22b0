package dev.fullauth.application.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticateServiceTest {
  private final Fixture f = new Fixture();

  @Test
  void validAccessToken_resolvesTheUserAndSession() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    var caller = f.authenticate().authenticate(in.tokens().accessToken());
    assertThat(caller.user().id()).isEqualTo(in.user().id());
    assertThat(caller.session()).contains(in.tokens().session());
  }

  @Test
  void refreshToken_isRefusedOnProtectedRoutes() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    assertRefused(in.tokens().refreshToken());
  }

  @Test
  void purposeToken_isRefusedOnProtectedRoutes() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    String reset =
        f.tokens.forge(
            new TokenClaims(
                in.user().id().toString(),
                TokenType.ACCESS,
                "p1",
                f.clock.instant(),
                f.clock.instant().plusSeconds(900),
                List.of(),
                Map.of("purpose", "password_reset"),
                null,
                null));
    assertRefused(reset);
  }

  @Test
  void revokedSession_killsItsAccessTokens() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.revocations.revokeSession(in.tokens().session(), f.clock.instant().plusSeconds(60));
    assertRefused(in.tokens().accessToken());
  }

  @Test
  void deletedOrDeactivatedUser_isRefused() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.users.update(in.user().deactivate());
    assertRefused(in.tokens().accessToken());
    f.users.delete(in.user().id());
    assertRefused(in.tokens().accessToken());
  }

  @Test
  void subjectThatIsNotAUserId_isRefused() {
    String odd =
        f.tokens.forge(
            new TokenClaims(
                "oauth-state",
                TokenType.ACCESS,
                "x",
                f.clock.instant(),
                f.clock.instant().plusSeconds(60),
                List.of(),
                Map.of(),
                null,
                null));
    assertRefused(odd);
  }

  private void assertRefused(String token) {
    assertThatThrownBy(() -> f.authenticate().authenticate(token))
        .isInstanceOf(InvalidCredentialsException.class);
  }
}
