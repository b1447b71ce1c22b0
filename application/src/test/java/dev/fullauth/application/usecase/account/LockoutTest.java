package dev.fullauth.application.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.AccountLocked;
import dev.fullauth.domain.password.PlainPassword;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutTest {
  private final Fixture f = new Fixture();

  private LogInResult logIn(String identifier, String password) {
    return f.logIn()
        .logIn(new LogInCommand(identifier, new PlainPassword(password), ClientInfo.unknown()));
  }

  @Test
  void fiveFailures_lockTheIdentifier_evenForTheRightPassword_untilTheLockEnds() {
    f.registeredAndLoggedIn("ann@example.com", "password123");
    for (int i = 0; i < 5; i++) {
      assertThat(logIn("ann@example.com", "wrong-password"))
          .isInstanceOf(LogInResult.Rejected.class);
    }
    assertThat(f.events.events).filteredOn(AccountLocked.class::isInstance).hasSize(1);
    assertThat(logIn("ann@example.com", "password123")).isInstanceOf(LogInResult.Rejected.class);
    // Keyed by the identifier as sent: another spelling is another key (anchor §13 item 2).
    assertThat(logIn("ANN@example.com", "password123")).isInstanceOf(LogInResult.LoggedIn.class);
    f.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(logIn("ann@example.com", "password123")).isInstanceOf(LogInResult.LoggedIn.class);
  }

  @Test
  void success_clearsTheCounter_andUnknownIdentifiersCountToo() {
    f.registeredAndLoggedIn("ann@example.com", "password123");
    for (int i = 0; i < 4; i++) {
      logIn("ann@example.com", "wrong-password");
    }
    assertThat(logIn("ann@example.com", "password123")).isInstanceOf(LogInResult.LoggedIn.class);
    for (int i = 0; i < 4; i++) {
      logIn("ann@example.com", "wrong-password");
    }
    assertThat(logIn("ann@example.com", "password123")).isInstanceOf(LogInResult.LoggedIn.class);
    for (int i = 0; i < 5; i++) {
      logIn("ghost@example.com", "whatever-1");
    }
    assertThat(f.loginAttempts.isLocked("ghost@example.com")).isTrue();
  }
}
