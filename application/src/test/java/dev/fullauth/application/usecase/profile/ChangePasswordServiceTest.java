package dev.fullauth.application.usecase.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.profile.ChangePasswordCommand;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.AccountLocked;
import dev.fullauth.domain.event.PasswordChanged;
import dev.fullauth.domain.password.CurrentPasswordIncorrectException;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {
  private final Fixture f = new Fixture();

  @Test
  void change_keepsTheCallersSession_andRevokesEveryOther() {
    var here = f.registeredAndLoggedIn("ann@example.com", "password123");
    var elsewhere =
        (LogInResult.LoggedIn)
            f.logIn()
                .logIn(
                    new LogInCommand(
                        "ann@example.com", new PlainPassword("password123"), ClientInfo.unknown()));

    f.changePassword()
        .change(
            new ChangePasswordCommand(
                here.user().id(),
                here.tokens().session(),
                new PlainPassword("password123"),
                new PlainPassword("new-password-1")));

    assertThat(f.sessions.ofSession(here.tokens().session())).noneMatch(RefreshToken::revoked);
    assertThat(f.sessions.ofSession(elsewhere.tokens().session())).allMatch(RefreshToken::revoked);
    assertThatThrownBy(() -> f.authenticate().authenticate(elsewhere.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(f.authenticate().authenticate(here.tokens().accessToken()).user().id())
        .isEqualTo(here.user().id());
    assertThat(
            f.logIn()
                .logIn(
                    new LogInCommand(
                        "ann@example.com",
                        new PlainPassword("new-password-1"),
                        ClientInfo.unknown())))
        .isInstanceOf(LogInResult.LoggedIn.class);
    assertThat(f.events.events).anyMatch(PasswordChanged.class::isInstance);
  }

  @Test
  void missingOrWrongCurrentPassword_isRefused() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    assertThatThrownBy(() -> change(in.user().id(), null, "new-password-1"))
        .isInstanceOf(CurrentPasswordIncorrectException.class);
    assertThatThrownBy(() -> change(in.user().id(), "", "new-password-1"))
        .isInstanceOf(CurrentPasswordIncorrectException.class);
    assertThatThrownBy(() -> change(in.user().id(), "wrong-password", "new-password-1"))
        .isInstanceOf(CurrentPasswordIncorrectException.class);
  }

  @Test
  void wrongCurrentPasswords_countTowardsTheAccountsLockout() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> change(in.user().id(), "guess-" + UUID.randomUUID(), "new-pass-12"))
          .isInstanceOf(CurrentPasswordIncorrectException.class);
    }

    assertThatThrownBy(() -> change(in.user().id(), "password123", "new-password-1"))
        .as("locked: even the right current password is refused")
        .isInstanceOf(CurrentPasswordIncorrectException.class);
    assertThat(
            f.logIn()
                .logIn(
                    new LogInCommand(
                        "Ann@Example.com", new PlainPassword("password123"), ClientInfo.unknown())))
        .as("the login shares the lock")
        .isInstanceOf(LogInResult.Rejected.class);
    assertThat(f.events.events).anyMatch(AccountLocked.class::isInstance);
  }

  @Test
  void weakNewPassword_isRefused_afterTheCurrentOneWasChecked() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    assertThatThrownBy(() -> change(in.user().id(), "password123", "short"))
        .isInstanceOf(PasswordPolicyViolationException.class);
  }

  @Test
  void accountWithoutPassword_needsNoCurrentPassword() {
    User external =
        User.register(
            UserId.generate(f.clock.instant()),
            EmailAddress.of("ext@example.com"),
            null,
            f.clock.instant());
    f.users.insert(external);
    change(external.id(), null, "first-password");
    assertThat(f.users.findById(external.id()).orElseThrow().passwordHash()).isPresent();
  }

  private void change(UserId id, String current, String next) {
    f.changePassword()
        .change(
            new ChangePasswordCommand(
                id,
                null,
                current == null ? null : new PlainPassword(current),
                new PlainPassword(next)));
  }
}
