package dev.fullauth.application.usecase.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.fake.InMemoryRevocationList;
import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.in.session.LogOutCommand;
import dev.fullauth.application.port.in.session.RefreshCommand;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.application.usecase.account.AccessTokenReader;
import dev.fullauth.application.usecase.account.AuthenticateService;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestoreRevocationsServiceTest {
  private final Fixture f = new Fixture();

  /** The revocation list as a restarted cluster has it: empty. */
  private final InMemoryRevocationList afterRestart = new InMemoryRevocationList(f.clock);

  private RestoreRevocationsService restore() {
    return new RestoreRevocationsService(
        f.sessions,
        afterRestart,
        new SessionRevoker(afterRestart, f.tokenPolicy, f.clock),
        f.tokenPolicy,
        f.clock);
  }

  private AuthenticateService authenticateAfterRestart() {
    return new AuthenticateService(new AccessTokenReader(f.tokens, afterRestart), f.users);
  }

  private LogInResult.LoggedIn logIn() {
    return (LogInResult.LoggedIn)
        f.logIn()
            .logIn(
                new LogInCommand(
                    "ann@example.com", new PlainPassword("password123"), ClientInfo.unknown()));
  }

  @Test
  void loggedOutAccessToken_staysRefusedAfterTheRevocationListIsLost() {
    var out = f.registeredAndLoggedIn("ann@example.com", "password123");
    var kept = logIn();
    f.logOut().logOut(new LogOutCommand(out.tokens().accessToken(), null));
    f.clock.advance(Duration.ofMinutes(10));

    assertThat(authenticateAfterRestart().authenticate(out.tokens().accessToken())).isNotNull();
    assertThat(restore().restore()).isEqualTo(1);

    assertThatThrownBy(() -> authenticateAfterRestart().authenticate(out.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(authenticateAfterRestart().authenticate(kept.tokens().accessToken())).isNotNull();
  }

  @Test
  void restoredEntry_endsWhenTheOriginalOneDid() {
    var out = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.logOut().logOut(new LogOutCommand(out.tokens().accessToken(), null));
    f.clock.advance(Duration.ofMinutes(10));
    restore().restore();

    f.clock.advance(Duration.ofMinutes(20).plus(f.tokenPolicy.leeway()));
    assertThat(afterRestart.isSessionRevoked(out.tokens().session())).isTrue();
    assertThat(f.revocations.isSessionRevoked(out.tokens().session())).isTrue();
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(afterRestart.isSessionRevoked(out.tokens().session())).isFalse();
    assertThat(f.revocations.isSessionRevoked(out.tokens().session())).isFalse();
  }

  @Test
  void rotatedSessions_andLongRevokedOnes_areNotRestored() {
    var old = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.logOut().logOut(new LogOutCommand(old.tokens().accessToken(), null));
    f.clock.advance(f.tokenPolicy.accessTtl().plus(f.tokenPolicy.leeway()).plusSeconds(1));
    var rotated = logIn();
    f.refresh().refresh(new RefreshCommand(rotated.tokens().refreshToken(), ClientInfo.unknown()));

    assertThat(restore().restore()).isZero();
    assertThat(afterRestart.isSessionRevoked(old.tokens().session())).isFalse();
    assertThat(afterRestart.isSessionRevoked(rotated.tokens().session())).isFalse();
  }
}
