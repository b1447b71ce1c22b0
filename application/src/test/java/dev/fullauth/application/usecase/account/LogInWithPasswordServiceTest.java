package dev.fullauth.application.usecase.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.account.RegisterUserCommand;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.out.TokenType;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.UserLoggedIn;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInWithPasswordServiceTest {
  private final Fixture f = new Fixture();

  @BeforeEach
  void registerAnn() {
    f.register()
        .register(
            new RegisterUserCommand(
                EmailAddress.of("ann@example.com"), new PlainPassword("password123")));
  }

  private LogInResult logIn(String identifier, String password) {
    return f.logIn()
        .logIn(
            new LogInCommand(
                identifier, new PlainPassword(password), new ClientInfo("agent/1", "10.0.0.1")));
  }

  @Test
  void rightPassword_opensASession_andStoresOnlyTheRefreshTokensDigest() {
    LogInResult result = logIn("  ANN@example.com ", "password123");
    assertThat(result).isInstanceOf(LogInResult.LoggedIn.class);
    var tokens = ((LogInResult.LoggedIn) result).tokens();
    assertThat(tokens.expiresInSeconds()).isEqualTo(1800);
    var stored = f.sessions.findByHash(RefreshTokenHash.of(tokens.refreshToken())).orElseThrow();
    assertThat(stored.sessionId()).isEqualTo(tokens.session());
    assertThat(stored.userAgent()).isEqualTo("agent/1");
    assertThat(stored.ipAddress()).isEqualTo("10.0.0.1");
    var access = f.tokens.claimsOf(tokens.accessToken());
    assertThat(access.type()).isEqualTo(TokenType.ACCESS);
    assertThat(access.sessionId()).isEqualTo(tokens.session().value());
    assertThat(access.email()).isEqualTo("ann@example.com");
    assertThat(f.tokens.claimsOf(tokens.refreshToken()).type()).isEqualTo(TokenType.REFRESH);
    assertThat(f.events.events).last().isInstanceOf(UserLoggedIn.class);
  }

  @Test
  void wrongPassword_unknownUser_andInactiveUser_areRejectedAlike() {
    assertThat(logIn("ann@example.com", "wrong-password")).isInstanceOf(LogInResult.Rejected.class);
    assertThat(logIn("bob@example.com", "password123")).isInstanceOf(LogInResult.Rejected.class);
    assertThat(logIn("not an email", "password123")).isInstanceOf(LogInResult.Rejected.class);
    User ann = f.users.findByEmail(EmailAddress.of("ann@example.com")).orElseThrow();
    f.users.update(ann.deactivate());
    assertThat(logIn("ann@example.com", "password123")).isInstanceOf(LogInResult.Rejected.class);
    assertThat(f.sessions.all()).isEmpty();
  }

  @Test
  void unknownUser_spendsADummyVerification() {
    logIn("bob@example.com", "password123");
    assertThat(f.hasher.dummyVerifications.get()).isEqualTo(1);
  }

  @Test
  void everyFailure_spendsExactlyOneVerificationAtTheConfiguredCost() {
    User ann = f.users.findByEmail(EmailAddress.of("ann@example.com")).orElseThrow();
    f.users.insert(
        User.register(
            UserId.generate(f.clock.instant()),
            EmailAddress.of("oauth-only@example.com"),
            null,
            f.clock.instant()));
    assertThat(ann.passwordHash()).isPresent();

    assertConfiguredCostOf(() -> logIn("ann@example.com", "wrong-password"));
    assertConfiguredCostOf(() -> logIn("bob@example.com", "password123"));
    assertConfiguredCostOf(() -> logIn("oauth-only@example.com", "password123"));
    // Ann's hash becomes an imported one: other algorithm or parameters than new hashes get.
    f.hasher.upgradeTo("v2:");
    assertConfiguredCostOf(() -> logIn("ann@example.com", "wrong-password"));
  }

  private void assertConfiguredCostOf(Supplier<LogInResult> attempt) {
    int before = f.hasher.configuredCostVerifications.get();
    assertThat(attempt.get()).isInstanceOf(LogInResult.Rejected.class);
    assertThat(f.hasher.configuredCostVerifications.get() - before).isEqualTo(1);
  }

  @Test
  void outdatedHash_isReplaced_onSuccessfulLogin() {
    f.hasher.upgradeTo("v2:");
    logIn("ann@example.com", "password123");
    User ann = f.users.findByEmail(EmailAddress.of("ann@example.com")).orElseThrow();
    assertThat(ann.passwordHash().orElseThrow().encoded()).startsWith("v2:");
  }

  @Test
  void accessToken_carriesStoredRoles() {
    User ann = f.users.findByEmail(EmailAddress.of("ann@example.com")).orElseThrow();
    f.users.grant(ann.id(), "editor");
    var tokens = ((LogInResult.LoggedIn) logIn("ann@example.com", "password123")).tokens();
    assertThat(f.tokens.claimsOf(tokens.accessToken()).roles()).containsExactly("editor");
  }
}
