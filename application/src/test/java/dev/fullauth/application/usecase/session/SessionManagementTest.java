package dev.fullauth.application.usecase.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionNotFoundException;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import org.junit.jupiter.api.Test;

class SessionManagementTest {
  private final Fixture f = new Fixture();

  @Test
  void sessions_areListed_andRevokedWithTheirAccessTokens() {
    var here = f.registeredAndLoggedIn("ann@example.com", "password123");
    var there = anotherLogIn();
    ListSessionsService list = new ListSessionsService(f.sessions, f.clock);
    assertThat(list.list(here.user().id(), here.tokens().session())).hasSize(2);

    new RevokeSessionService(f.sessions, f.revoker())
        .revoke(here.user().id(), there.tokens().session());
    assertThatThrownBy(() -> f.authenticate().authenticate(there.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(list.list(here.user().id(), here.tokens().session()))
        .singleElement()
        .satisfies(s -> assertThat(s.current()).isTrue());
    assertThatThrownBy(
            () ->
                new RevokeSessionService(f.sessions, f.revoker())
                    .revoke(here.user().id(), SessionId.generate()))
        .isInstanceOf(SessionNotFoundException.class);
  }

  @Test
  void theList_isBoundedToTheMostRecentlyUsedSessions() {
    var here = f.registeredAndLoggedIn("ann@example.com", "password123");
    for (int i = 0; i < ListSessionsService.MAX_LISTED + 5; i++) {
      f.clock.advance(java.time.Duration.ofSeconds(1));
      f.logIn()
          .logIn(
              new LogInCommand(
                  "ann@example.com", new PlainPassword("password123"), ClientInfo.unknown()));
    }
    var listed =
        new ListSessionsService(f.sessions, f.clock)
            .list(here.user().id(), here.tokens().session());
    assertThat(listed).hasSize(ListSessionsService.MAX_LISTED);
    // The caller's own session is the oldest, so it falls off the end of a full list.
    assertThat(listed).noneMatch(s -> s.current());
    assertThat(listed.get(0).lastUsedAt()).isAfter(listed.get(listed.size() - 1).lastUsedAt());
  }

  @Test
  void revokeOthers_countsTheRevokedTokens_andKeepsTheCurrentSession() {
    var here = f.registeredAndLoggedIn("ann@example.com", "password123");
    for (int i = 0; i < 2; i++) {
      f.logIn()
          .logIn(
              new LogInCommand(
                  "ann@example.com", new PlainPassword("password123"), ClientInfo.unknown()));
    }
    assertThat(
            new RevokeOtherSessionsService(f.sessions, f.revoker())
                .revokeOthers(here.user().id(), here.tokens().session()))
        .isEqualTo(2);
    assertThat(f.authenticate().authenticate(here.tokens().accessToken()).user().id())
        .isEqualTo(here.user().id());
  }

  @Test
  void revokedSession_staysRefused_withinTheLeewayAfterItsAccessTokenExpired() {
    var here = f.registeredAndLoggedIn("ann@example.com", "password123");
    var there = anotherLogIn();
    new RevokeOtherSessionsService(f.sessions, f.revoker())
        .revokeOthers(here.user().id(), here.tokens().session());
    f.clock.advance(f.tokenPolicy.accessTtl().plusSeconds(10));
    assertThat(f.tokens.verify(there.tokens().accessToken())).isNotNull();

    assertThatThrownBy(() -> f.authenticate().authenticate(there.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  private LogInResult.LoggedIn anotherLogIn() {
    return (LogInResult.LoggedIn)
        f.logIn()
            .logIn(
                new LogInCommand(
                    "ann@example.com", new PlainPassword("password123"), ClientInfo.unknown()));
  }
}
