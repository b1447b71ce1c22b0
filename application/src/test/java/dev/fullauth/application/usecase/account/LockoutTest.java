package dev.fullauth.application.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.AccountLocked;
import dev.fullauth.domain.password.PlainPassword;
import java.time.Duration;
import java.util.List;
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
    assertThat(f.lockout().isLocked("GHOST@example.com ")).isTrue();
    assertThat(f.loginAttempts.isLocked("ghost@example.com"))
        .as("the cache never sees the identifier itself")
        .isFalse();
  }

  @Test
  void everySpellingOfTheAddress_sharesOneCounter() {
    f.registeredAndLoggedIn("victim@example.com", "password123");
    List<String> spellings =
        List.of(
            "Victim@Example.com",
            " victim@example.com",
            "VICTIM@EXAMPLE.COM",
            "victim@example.com\t",
            "victim@EXAMPLE.com");
    for (String spelling : spellings) {
      assertThat(logIn(spelling, "wrong-password")).isInstanceOf(LogInResult.Rejected.class);
    }

    assertThat(f.events.events).filteredOn(AccountLocked.class::isInstance).hasSize(1);
    for (String spelling : spellings) {
      assertThat(logIn(spelling, "password123"))
          .as(spelling)
          .isInstanceOf(LogInResult.Rejected.class);
    }
    assertThat(logIn("victim@example.com", "password123")).isInstanceOf(LogInResult.Rejected.class);
  }

  @Test
  void hugeIdentifiers_areStoredAsAFixedLengthKey() {
    String huge = "x".repeat(65_000) + "@example.com";
    logIn(huge, "wrong-password");

    assertThat(f.loginAttempts.keys()).singleElement().satisfies(k -> assertThat(k).hasSize(72));
  }
}
