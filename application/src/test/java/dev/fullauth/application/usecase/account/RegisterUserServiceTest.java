package dev.fullauth.application.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.policy.AccountPolicy;
import dev.fullauth.application.port.in.account.RegisterUserCommand;
import dev.fullauth.application.port.in.account.RegistrationResult;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.UserRegistered;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {
  private final Fixture f = new Fixture();

  private RegistrationResult register(String email, String password) {
    return f.register()
        .register(new RegisterUserCommand(EmailAddress.of(email), new PlainPassword(password)));
  }

  @Test
  void newAndTakenAddresses_answerAlike_whenEnumerationIsPrevented() {
    assertThat(register("Ann@Example.com", "password123"))
        .isInstanceOf(RegistrationResult.Concealed.class);
    assertThat(register("ann@example.com", "password456"))
        .isInstanceOf(RegistrationResult.Concealed.class);
    assertThat(f.users.size()).isEqualTo(1);
    assertThat(f.users.findByEmail(EmailAddress.of("ann@example.com"))).isPresent();
  }

  @Test
  void takenAddress_stillCostsOneHash_soBothAnswersTakeTheSameTime() {
    register("ann@example.com", "password123");
    int before = f.hasher.hashes.get();
    register("ann@example.com", "password123");
    assertThat(f.hasher.hashes.get()).isEqualTo(before + 1);
  }

  @Test
  void takenAddress_isAConflict_whenEnumerationIsAllowed() {
    f.accountPolicy = new AccountPolicy(false, true);
    RegistrationResult first = register("ann@example.com", "password123");
    assertThat(first).isInstanceOf(RegistrationResult.Created.class);
    assertThat(((RegistrationResult.Created) first).user().isVerified()).isFalse();
    assertThatThrownBy(() -> register("ANN@example.com", "password123"))
        .isInstanceOf(UserAlreadyExistsException.class);
  }

  @Test
  void weakPassword_isRefused_evenForATakenAddress() {
    register("ann@example.com", "password123");
    assertThatThrownBy(() -> register("ann@example.com", "short"))
        .isInstanceOf(PasswordPolicyViolationException.class)
        .hasMessage("Password must be at least 8 characters");
  }

  @Test
  void registration_publishesAnEvent_onlyWhenAnAccountIsCreated() {
    register("ann@example.com", "password123");
    register("ann@example.com", "password123");
    assertThat(f.events.events).hasSize(1).first().isInstanceOf(UserRegistered.class);
  }

  @Test
  void storedPassword_isAHash_notThePassword() {
    register("ann@example.com", "password123");
    var hash = f.users.findByEmail(EmailAddress.of("ann@example.com")).orElseThrow().passwordHash();
    assertThat(hash).isPresent();
    assertThat(hash.get().encoded()).isNotEqualTo("password123");
  }
}
