package dev.fullauth.application.usecase.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.in.profile.UpdateProfileCommand;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.InvalidDisplayNameException;
import org.junit.jupiter.api.Test;

class DeleteAccountServiceTest {
  private final Fixture f = new Fixture();

  @Test
  void delete_revokesEverySession_andRemovesTheAccount() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.deleteAccount().delete(in.user().id());
    assertThat(f.users.findById(in.user().id())).isEmpty();
    assertThat(f.sessions.all()).allMatch(RefreshToken::revoked);
    assertThat(f.revocations.isSessionRevoked(in.tokens().session())).isTrue();
    assertThatThrownBy(() -> f.authenticate().authenticate(in.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void profileUpdate_setsAndClearsTheDisplayName() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    assertThat(
            f.updateProfile().update(new UpdateProfileCommand(in.user().id(), "Ann")).displayName())
        .contains("Ann");
    assertThat(
            f.updateProfile().update(new UpdateProfileCommand(in.user().id(), null)).displayName())
        .isEmpty();
    assertThatThrownBy(
            () ->
                f.updateProfile().update(new UpdateProfileCommand(in.user().id(), "x".repeat(201))))
        .isInstanceOf(InvalidDisplayNameException.class);
  }
}
