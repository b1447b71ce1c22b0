package dev.fullauth.application.usecase.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.account.RegisterUserCommand;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.EmailVerified;
import dev.fullauth.domain.event.PasswordReset;
import dev.fullauth.domain.event.PasswordResetMailRequested;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.EmailAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailFlowsTest {
  private final Fixture f = new Fixture();

  @Test
  void verification_isMailedWithAFrontendLink_andConfirmsOnce() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestEmailVerification().request(in.user().id(), "en");
    f.deliverDueMail();

    assertThat(f.mailSender.sent).hasSize(1);
    var mail = f.mailSender.sent.get(0);
    assertThat(mail.template()).isEqualTo(MailTemplate.VERIFY_EMAIL);
    assertThat(mail.variables().get("link")).startsWith("http://localhost:3000/verify?token=");
    assertThat(mail.variables().get("expires_minutes")).isEqualTo("1440");
    String token = f.mailSender.lastToken();

    f.confirmEmail().confirm(token);
    assertThat(f.users.findById(in.user().id()).orElseThrow().isVerified()).isTrue();
    assertThat(f.events.events).anyMatch(EmailVerified.class::isInstance);
    assertThatThrownBy(() -> f.confirmEmail().confirm(token))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void usedVerificationToken_staysRefused_withinTheLeewayAfterItsExpiry() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestEmailVerification().request(in.user().id(), "en");
    f.deliverDueMail();
    String token = f.mailSender.lastToken();
    f.confirmEmail().confirm(token);

    f.clock.advance(f.mailPolicy.verifyTtl().plusSeconds(10));
    assertThat(f.tokens.verify(token)).isNotNull();
    assertThatThrownBy(() -> f.confirmEmail().confirm(token))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void resetRequest_doesTheSameWork_forKnownAndUnknownAddresses() {
    f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestPasswordReset().request(EmailAddress.of("ann@example.com"), "en");
    f.requestPasswordReset().request(EmailAddress.of("nobody@example.com"), "en");
    assertThat(f.outbox.all()).hasSize(2).allMatch(m -> m.status() == MailStatus.PENDING);

    f.deliverDueMail();
    assertThat(f.mailSender.sent).hasSize(1);
    assertThat(f.mailSender.sent.get(0).to().value()).isEqualTo("ann@example.com");
    assertThat(f.outbox.all())
        .extracting(OutboxMail::status)
        .containsExactlyInAnyOrder(MailStatus.DELIVERED, MailStatus.SKIPPED);
    assertThat(f.events.events).anyMatch(PasswordResetMailRequested.class::isInstance);
  }

  @Test
  void reset_setsThePassword_consumesTheToken_andRevokesEverySession() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestPasswordReset().request(EmailAddress.of("ann@example.com"), "en");
    f.deliverDueMail();
    String token = f.mailSender.lastToken();

    assertThatThrownBy(() -> f.resetPassword().reset(token, new PlainPassword("short")))
        .isInstanceOf(PasswordPolicyViolationException.class);
    f.resetPassword().reset(token, new PlainPassword("brand-new-password"));

    assertThat(f.sessions.all()).allMatch(RefreshToken::revoked);
    assertThatThrownBy(() -> f.authenticate().authenticate(in.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThat(
            f.logIn()
                .logIn(
                    new LogInCommand(
                        "ann@example.com",
                        new PlainPassword("brand-new-password"),
                        ClientInfo.unknown())))
        .isInstanceOf(LogInResult.LoggedIn.class);
    assertThat(f.events.events).anyMatch(PasswordReset.class::isInstance);
    assertThatThrownBy(() -> f.resetPassword().reset(token, new PlainPassword("another-password")))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void resetToken_diesWithThePasswordItReplaces_evenWithoutTheRevocationList() {
    f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestPasswordReset().request(EmailAddress.of("ann@example.com"), "en");
    f.requestPasswordReset().request(EmailAddress.of("ann@example.com"), "en");
    f.deliverDueMail();
    String first = f.mailSender.sent.get(0).variables().get("link");
    String second = f.mailSender.lastToken();
    f.resetPassword().reset(second, new PlainPassword("brand-new-password"));
    String firstToken =
        java.net.URLDecoder.decode(
            first.substring(first.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> f.resetPassword().reset(firstToken, new PlainPassword("another-password")))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void tokens_areRefused_whenExpiredForeignOrForADeletedAccount() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.requestPasswordReset().request(EmailAddress.of("ann@example.com"), "en");
    f.requestEmailVerification().request(in.user().id(), "en");
    f.deliverDueMail();
    String reset =
        f.mailSender.sent.stream()
            .filter(m -> m.template() == MailTemplate.RESET_PASSWORD)
            .findFirst()
            .orElseThrow()
            .variables()
            .get("link");
    String resetToken =
        java.net.URLDecoder.decode(
            reset.substring(reset.indexOf("token=") + 6), java.nio.charset.StandardCharsets.UTF_8);
    // a reset token is no verification token, and a session token is neither
    assertThatThrownBy(() -> f.confirmEmail().confirm(resetToken))
        .isInstanceOf(InvalidCredentialsException.class);
    assertThatThrownBy(() -> f.confirmEmail().confirm(in.tokens().accessToken()))
        .isInstanceOf(InvalidCredentialsException.class);
    // purpose tokens never authenticate
    assertThatThrownBy(() -> f.authenticate().authenticate(resetToken))
        .isInstanceOf(InvalidCredentialsException.class);

    f.clock.advance(Duration.ofMinutes(16));
    assertThatThrownBy(
            () -> f.resetPassword().reset(resetToken, new PlainPassword("brand-new-password")))
        .isInstanceOf(InvalidCredentialsException.class);

    f.requestEmailVerification().request(in.user().id(), "en");
    f.deliverDueMail();
    String verify = f.mailSender.lastToken();
    f.deleteAccount().delete(in.user().id());
    assertThatThrownBy(() -> f.confirmEmail().confirm(verify))
        .isInstanceOf(InvalidCredentialsException.class);
  }

  @Test
  void smtpOutage_losesNothing_andRetriesWithBackoff() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.mailSender.down = true;
    f.requestEmailVerification().request(in.user().id(), "en");
    f.deliverDueMail();
    OutboxMail failed = f.outbox.all().get(0);
    assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("SMTP down");
    f.deliverDueMail();
    assertThat(f.outbox.all().get(0).attempts()).isEqualTo(1);

    f.mailSender.down = false;
    f.clock.advance(Duration.ofSeconds(5));
    f.deliverDueMail();
    assertThat(f.outbox.all().get(0).status()).isEqualTo(MailStatus.DELIVERED);
    assertThat(f.mailSender.sent).hasSize(1);
  }

  @Test
  void registration_queuesAVerificationMail_whenConfigured() {
    f.mailPolicy =
        new MailPolicy(
            "https://app.example/", "Acme", Duration.ofDays(1), Duration.ofMinutes(15), true);
    f.register()
        .register(
            new RegisterUserCommand(
                EmailAddress.of("ann@example.com"), new PlainPassword("password123"), "de"));
    f.deliverDueMail();
    assertThat(f.mailSender.sent).hasSize(1);
    assertThat(f.mailSender.sent.get(0).locale()).isEqualTo("de");
    assertThat(f.mailSender.sent.get(0).variables().get("link"))
        .startsWith("https://app.example/verify?token=");
  }
}
