package dev.fullauth.application.usecase.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.in.session.LogOutCommand;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.UserLoggedOut;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {
  private final Fixture f = new Fixture();

  @Test
  void logout_revokesTheAccessToken_andItsSession() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.logOut().logOut(new LogOutCommand(in.tokens().accessToken(), null));

    assertThatThrownBy(() -> f.authenticate().authenticate(in.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(f.sessions.ofSession(in.tokens().session())).allMatch(RefreshToken::revoked);
    assertThat(f.events.events).last().isInstanceOf(UserLoggedOut.class);
  }

  @Test
  void revocation_lastsAsLongAsTheVerifierAcceptsTheToken_leewayIncluded() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    String jti = f.tokens.claimsOf(in.tokens().accessToken()).jti();
    f.logOut().logOut(new LogOutCommand(in.tokens().accessToken(), null));
    f.clock.advance(Duration.ofMinutes(30).plus(f.tokenPolicy.leeway()));
    assertThat(f.revocations.isTokenRevoked(jti)).isTrue();
    assertThat(f.revocations.isSessionRevoked(in.tokens().session())).isTrue();
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(f.revocations.isTokenRevoked(jti)).isFalse();
  }

  @Test
  void refreshCookieAlone_endsTheSession_whenTheAccessTokenIsGoneOrExpired() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.clock.advance(Duration.ofMinutes(31));

    f.logOut().logOut(new LogOutCommand("expired-or-garbage", in.tokens().refreshToken(), true));

    assertThat(f.sessions.ofSession(in.tokens().session())).allMatch(RefreshToken::revoked);
    assertThat(f.events.events).last().isInstanceOf(UserLoggedOut.class);
    assertThatThrownBy(
            () -> f.logOut().logOut(new LogOutCommand(null, "not-a-refresh-token", true)))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(
            () ->
                f.logOut().logOut(new LogOutCommand("expired", in.tokens().refreshToken(), false)))
        .as("a refresh token in the body is no proof on its own")
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void loggedOutAccessToken_staysRefused_withinTheLeewayAfterItsExpiry() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.logOut().logOut(new LogOutCommand(in.tokens().accessToken(), null));
    // Past exp but inside the leeway: the verifier still accepts the token itself.
    f.clock.advance(Duration.ofMinutes(30).plusSeconds(10));
    assertThat(f.tokens.verify(in.tokens().accessToken())).isNotNull();

    assertThatThrownBy(() -> f.authenticate().authenticate(in.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void legacyTokenWithoutSession_staysRefused_withinTheLeewayAfterItsExpiry() {
    var ann = f.registeredAndLoggedIn("ann@example.com", "password123");
    String legacy = legacyAccessToken(ann.user().id().toString());
    f.logOut().logOut(new LogOutCommand(legacy, null));
    f.clock.advance(Duration.ofSeconds(600 + 10));

    assertThatThrownBy(() -> f.authenticate().authenticate(legacy))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void refreshToken_cannotLogOut() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    assertThatThrownBy(() -> f.logOut().logOut(new LogOutCommand(in.tokens().refreshToken(), null)))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void legacyTokenWithoutSession_usesTheRefreshToken_onlyWhenItIsTheCallers() {
    var ann = f.registeredAndLoggedIn("ann@example.com", "password123");
    var bob = f.registeredAndLoggedIn("bob@example.com", "password123");
    String legacy = legacyAccessToken(ann.user().id().toString());

    f.logOut().logOut(new LogOutCommand(legacy, bob.tokens().refreshToken()));
    assertThat(f.sessions.ofSession(bob.tokens().session())).noneMatch(RefreshToken::revoked);

    String legacy2 = legacyAccessToken(ann.user().id().toString());
    f.logOut().logOut(new LogOutCommand(legacy2, ann.tokens().refreshToken()));
    assertThat(f.sessions.ofSession(ann.tokens().session())).allMatch(RefreshToken::revoked);
  }

  private String legacyAccessToken(String subject) {
    return f.tokens.forge(
        new TokenClaims(
            subject,
            TokenType.ACCESS,
            "legacy-" + System.nanoTime(),
            f.clock.instant(),
            f.clock.instant().plusSeconds(600),
            List.of(),
            Map.of(),
            null,
            null));
  }
}
