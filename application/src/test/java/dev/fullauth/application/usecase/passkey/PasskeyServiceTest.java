package dev.fullauth.application.usecase.passkey;

import static dev.fullauth.application.fake.ScriptedPasskeyVerifier.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.fake.ScriptedPasskeyVerifier;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.passkey.PasskeyAuthenticationOptions;
import dev.fullauth.application.port.in.passkey.PasskeyLoginResult;
import dev.fullauth.application.port.in.passkey.PasskeyRegistrationOptions;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.UserLoggedIn;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.passkey.ChallengeExpiredException;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.passkey.PasskeyRegistrationFailedException;
import dev.fullauth.domain.passkey.RecentLoginRequiredException;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasskeyServiceTest {
  private static final String ORIGIN = "https://app.test";
  private final Fixture f = new Fixture();
  private User ann;
  private AuthenticatedUser annJustLoggedIn;

  @BeforeEach
  void annHasAnAccount() {
    LogInResult.LoggedIn in = f.registeredAndLoggedIn("ann@example.com", "Correct-Horse-9");
    ann = in.user();
    annJustLoggedIn = new AuthenticatedUser(ann, in.tokens().session());
  }

  @Test
  void addingAPasskey_mailsTheOwner_aNoticeWithoutAToken() {
    register("cred-1", 0);

    f.deliverDueMail();

    assertThat(f.mailSender.sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.template()).isEqualTo(MailTemplate.PASSKEY_ADDED);
              assertThat(m.to().value()).isEqualTo("ann@example.com");
              assertThat(m.variables().get("link")).doesNotContain("token");
            });
  }

  @Test
  void addingAPasskey_needsASessionThatBeganWithARecentLogin() {
    f.clock.advance(PasskeyPolicy.RECENT_LOGIN.minusSeconds(1));
    assertThat(f.beginPasskeyRegistration().begin(annJustLoggedIn).challengeKey()).isNotBlank();

    f.clock.advance(Duration.ofSeconds(2));
    assertThatThrownBy(() -> f.beginPasskeyRegistration().begin(annJustLoggedIn))
        .as("a refreshed access token keeps its session's login time")
        .isInstanceOf(RecentLoginRequiredException.class);
    assertThatThrownBy(() -> f.beginPasskeyRegistration().begin(new AuthenticatedUser(ann, null)))
        .as("a token without a session proves no login")
        .isInstanceOf(RecentLoginRequiredException.class);
  }

  private String handle() {
    return ann.id().toString();
  }

  private Passkey register(String credentialId, long counter) {
    PasskeyRegistrationOptions options = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    return f.completePasskeyRegistration()
        .complete(
            ann.id(),
            options.challengeKey(),
            response(credentialId, options.challenge(), ORIGIN, true, counter, handle()),
            "Laptop");
  }

  private PasskeyLoginResult logIn(String credentialId, long counter, String userHandle) {
    PasskeyAuthenticationOptions options = f.beginPasskeyAuthentication().begin(null);
    return f.completePasskeyAuthentication()
        .complete(
            options.challengeKey(),
            response(credentialId, options.challenge(), ORIGIN, true, counter, userHandle),
            ClientInfo.unknown());
  }

  @Test
  void registrationOptions_bindTheUser_andExcludeExistingCredentials() {
    register("cred-1", 0);

    PasskeyRegistrationOptions options = f.beginPasskeyRegistration().begin(annJustLoggedIn);

    assertThat(options.rpId()).isEqualTo("app.test");
    assertThat(new String(options.userHandle(), StandardCharsets.UTF_8)).isEqualTo(handle());
    assertThat(options.userName()).isEqualTo("ann@example.com");
    assertThat(options.challenge()).hasSize(64);
    assertThat(options.excludeCredentialIds()).containsExactly("cred-1");
    assertThat(options.challengeKey()).startsWith("passkey:reg:");
  }

  @Test
  void registration_storesThePasskey() {
    Passkey passkey = register("cred-1", 3);

    assertThat(f.passkeys.findByCredentialId("cred-1")).contains(passkey);
    assertThat(passkey.deviceName()).isEqualTo("Laptop");
    assertThat(passkey.signCount()).isEqualTo(3);
    assertThat(passkey.lastUsedAt()).isNull();
  }

  @Test
  void registrationChallenge_isSingleUse_expires_andBelongsToItsUser() {
    PasskeyRegistrationOptions options = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    String body = response("cred-1", options.challenge(), ORIGIN, true, 0, handle());
    f.completePasskeyRegistration().complete(ann.id(), options.challengeKey(), body, "");
    assertThatThrownBy(
            () ->
                f.completePasskeyRegistration()
                    .complete(ann.id(), options.challengeKey(), body, ""))
        .isInstanceOf(ChallengeExpiredException.class);

    PasskeyRegistrationOptions late = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    f.clock.advance(Duration.ofSeconds(61));
    assertThatThrownBy(
            () ->
                f.completePasskeyRegistration()
                    .complete(
                        ann.id(),
                        late.challengeKey(),
                        response("cred-2", late.challenge(), ORIGIN, true, 0, handle()),
                        ""))
        .isInstanceOf(ChallengeExpiredException.class);

    var bob = f.registeredAndLoggedIn("bob@example.com", "Correct-Horse-9").user();
    PasskeyRegistrationOptions anns = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    assertThatThrownBy(
            () ->
                f.completePasskeyRegistration()
                    .complete(
                        bob.id(),
                        anns.challengeKey(),
                        response("cred-3", anns.challenge(), ORIGIN, true, 0, handle()),
                        ""))
        .isInstanceOf(ChallengeExpiredException.class);
  }

  @Test
  void registration_failsForWrongOrigin_missingUv_orATakenCredentialId() {
    register("cred-1", 0);
    PasskeyRegistrationOptions a = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    assertThatThrownBy(
            () ->
                f.completePasskeyRegistration()
                    .complete(
                        ann.id(),
                        a.challengeKey(),
                        response("cred-2", a.challenge(), "https://evil.test", true, 0, null),
                        ""))
        .isInstanceOf(PasskeyRegistrationFailedException.class);
    PasskeyRegistrationOptions b = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    assertThatThrownBy(
            () ->
                f.completePasskeyRegistration()
                    .complete(
                        ann.id(),
                        b.challengeKey(),
                        response("cred-2", b.challenge(), ORIGIN, false, 0, null),
                        ""))
        .isInstanceOf(PasskeyRegistrationFailedException.class);
    PasskeyRegistrationOptions c = f.beginPasskeyRegistration().begin(annJustLoggedIn);
    assertThatThrownBy(
            () ->
                f.completePasskeyRegistration()
                    .complete(
                        ann.id(),
                        c.challengeKey(),
                        response("cred-1", c.challenge(), ORIGIN, true, 0, null),
                        ""))
        .isInstanceOf(PasskeyRegistrationFailedException.class);
    assertThat(f.passkeys.rows).hasSize(1);
  }

  @Test
  void registrationLosingTheCredentialIdRace_failsLikeATakenId_andMailsNothing() {
    // The store finds no row with the id, then a concurrent registration of it commits first.
    PasskeyRepository racing =
        new PasskeyRepository() {
          @Override
          public boolean insert(Passkey passkey) {
            return false;
          }

          @Override
          public Optional<Passkey> findByCredentialId(String credentialId) {
            return f.passkeys.findByCredentialId(credentialId);
          }

          @Override
          public List<Passkey> findByUser(UserId user) {
            return f.passkeys.findByUser(user);
          }

          @Override
          public boolean delete(UserId user, UUID id) {
            return f.passkeys.delete(user, id);
          }

          @Override
          public boolean recordUse(
              UUID id, long expectedCount, long newCount, boolean backedUp, Instant now) {
            return f.passkeys.recordUse(id, expectedCount, newCount, backedUp, now);
          }
        };
    CompletePasskeyRegistrationService service =
        new CompletePasskeyRegistrationService(
            f.passkeyPolicy,
            f.challenges(),
            new ScriptedPasskeyVerifier(),
            racing,
            f.users,
            f.outbox,
            f.clock);
    PasskeyRegistrationOptions options = f.beginPasskeyRegistration().begin(annJustLoggedIn);

    assertThatThrownBy(
            () ->
                service.complete(
                    ann.id(),
                    options.challengeKey(),
                    response("cred-9", options.challenge(), ORIGIN, true, 0, handle()),
                    ""))
        .isInstanceOf(PasskeyRegistrationFailedException.class);
    assertThat(f.outbox.all()).noneMatch(m -> m.template() == MailTemplate.PASSKEY_ADDED);
  }

  @Test
  void login_withADiscoverableCredential_issuesASession_andStampsTheCounter() {
    Passkey passkey = register("cred-1", 1);

    var result = (PasskeyLoginResult.LoggedIn) logIn("cred-1", 2, handle());

    assertThat(result.user().id()).isEqualTo(ann.id());
    Passkey after = f.passkeys.rows.get(passkey.id());
    assertThat(after.signCount()).isEqualTo(2);
    assertThat(after.lastUsedAt()).isEqualTo(f.clock.instant());
    assertThat(f.events.events).contains(new UserLoggedIn(result.user()));
  }

  @Test
  void counterRegression_isRefused_butZeroZeroIsAccepted() {
    register("cred-1", 5);
    assertThat(logIn("cred-1", 5, handle())).isInstanceOf(PasskeyLoginResult.Rejected.class);
    assertThat(logIn("cred-1", 4, handle())).isInstanceOf(PasskeyLoginResult.Rejected.class);

    register("synced", 0);
    assertThat(logIn("synced", 0, handle())).isInstanceOf(PasskeyLoginResult.LoggedIn.class);
    assertThat(logIn("synced", 0, handle())).isInstanceOf(PasskeyLoginResult.LoggedIn.class);
  }

  @Test
  void foreignUserHandle_unknownCredential_andReplayedChallenge_areRefused() {
    register("cred-1", 0);
    assertThat(logIn("cred-1", 1, "someone-else")).isInstanceOf(PasskeyLoginResult.Rejected.class);
    assertThat(logIn("nope", 1, handle())).isInstanceOf(PasskeyLoginResult.Rejected.class);

    PasskeyAuthenticationOptions options = f.beginPasskeyAuthentication().begin(null);
    String body = response("cred-1", options.challenge(), ORIGIN, true, 2, handle());
    assertThat(
            f.completePasskeyAuthentication()
                .complete(options.challengeKey(), body, ClientInfo.unknown()))
        .isInstanceOf(PasskeyLoginResult.LoggedIn.class);
    assertThat(
            f.completePasskeyAuthentication()
                .complete(options.challengeKey(), body, ClientInfo.unknown()))
        .isInstanceOf(PasskeyLoginResult.Rejected.class);
  }

  @Test
  void registrationChallenge_isNotAnAuthenticationChallenge() {
    register("cred-1", 0);
    PasskeyRegistrationOptions reg = f.beginPasskeyRegistration().begin(annJustLoggedIn);

    assertThat(
            f.completePasskeyAuthentication()
                .complete(
                    reg.challengeKey(),
                    response("cred-1", reg.challenge(), ORIGIN, true, 1, handle()),
                    ClientInfo.unknown()))
        .isInstanceOf(PasskeyLoginResult.Rejected.class);
  }

  @Test
  void authenticationOptions_listTheUsersCredentials_andNothingForUnknownAddresses() {
    register("cred-1", 0);

    assertThat(f.beginPasskeyAuthentication().begin("ann@example.com").allowCredentials())
        .extracting(PasskeyAuthenticationOptions.AllowedCredential::id)
        .containsExactly("cred-1");
    assertThat(f.beginPasskeyAuthentication().begin("nobody@example.com").allowCredentials())
        .isEmpty();
    assertThat(f.beginPasskeyAuthentication().begin(null).allowCredentials()).isEmpty();
    assertThat(f.beginPasskeyAuthentication().begin(null).userVerificationRequired()).isTrue();
  }

  @Test
  void inactiveOwner_cannotLogIn() {
    register("cred-1", 0);
    f.users.update(ann.deactivate());

    assertThat(logIn("cred-1", 1, handle())).isInstanceOf(PasskeyLoginResult.Rejected.class);
    assertThat(f.passkeys.findByCredentialId("cred-1").orElseThrow().lastUsedAt()).isNull();
  }
}
