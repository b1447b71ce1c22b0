package dev.fullauth.application.usecase;

import dev.fullauth.application.fake.FakeTokens;
import dev.fullauth.application.fake.InMemoryLoginAttempts;
import dev.fullauth.application.fake.InMemoryMailOutbox;
import dev.fullauth.application.fake.InMemoryOAuthAccountRepository;
import dev.fullauth.application.fake.InMemoryOneTimeStore;
import dev.fullauth.application.fake.InMemoryPasskeyRepository;
import dev.fullauth.application.fake.InMemoryRevocationList;
import dev.fullauth.application.fake.InMemorySessionStore;
import dev.fullauth.application.fake.InMemoryUserRepository;
import dev.fullauth.application.fake.MutableClock;
import dev.fullauth.application.fake.PrefixPasswordHasher;
import dev.fullauth.application.fake.RecordingEventPublisher;
import dev.fullauth.application.fake.RecordingMailSender;
import dev.fullauth.application.fake.ReversingCipher;
import dev.fullauth.application.fake.ScriptedOAuthProvider;
import dev.fullauth.application.fake.ScriptedPasskeyVerifier;
import dev.fullauth.application.policy.AccountPolicy;
import dev.fullauth.application.policy.DeliveryPolicy;
import dev.fullauth.application.policy.LockoutPolicy;
import dev.fullauth.application.policy.MailPolicy;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.account.LogInCommand;
import dev.fullauth.application.port.in.account.LogInResult;
import dev.fullauth.application.port.in.account.RegisterUserCommand;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.usecase.account.AccessTokenReader;
import dev.fullauth.application.usecase.account.AuthenticateService;
import dev.fullauth.application.usecase.account.LogInWithPasswordService;
import dev.fullauth.application.usecase.account.LoginRecorder;
import dev.fullauth.application.usecase.account.RegisterUserService;
import dev.fullauth.application.usecase.mail.ConfirmEmailService;
import dev.fullauth.application.usecase.mail.DeliverMailService;
import dev.fullauth.application.usecase.mail.OutboxLedger;
import dev.fullauth.application.usecase.mail.PurposeTokens;
import dev.fullauth.application.usecase.mail.RequestEmailVerificationService;
import dev.fullauth.application.usecase.mail.RequestPasswordResetService;
import dev.fullauth.application.usecase.mail.ResetPasswordService;
import dev.fullauth.application.usecase.oauth.CompleteOAuthLoginService;
import dev.fullauth.application.usecase.oauth.OAuthAccountLinker;
import dev.fullauth.application.usecase.oauth.StartOAuthLoginService;
import dev.fullauth.application.usecase.oauth.UnlinkOAuthAccountService;
import dev.fullauth.application.usecase.passkey.BeginPasskeyAuthenticationService;
import dev.fullauth.application.usecase.passkey.BeginPasskeyRegistrationService;
import dev.fullauth.application.usecase.passkey.Challenges;
import dev.fullauth.application.usecase.passkey.CompletePasskeyAuthenticationService;
import dev.fullauth.application.usecase.passkey.CompletePasskeyRegistrationService;
import dev.fullauth.application.usecase.profile.ChangePasswordService;
import dev.fullauth.application.usecase.profile.DeleteAccountService;
import dev.fullauth.application.usecase.profile.UpdateProfileService;
import dev.fullauth.application.usecase.protection.AccountLockout;
import dev.fullauth.application.usecase.session.LogOutService;
import dev.fullauth.application.usecase.session.RefreshSessionService;
import dev.fullauth.application.usecase.session.SessionIssuer;
import dev.fullauth.application.usecase.session.SessionRevoker;
import dev.fullauth.domain.password.PasswordPolicy;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.EmailAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** All use cases wired to in-memory fakes, as bootstrap wires them to adapters. */
public final class Fixture {
  public final MutableClock clock = MutableClock.startingAt("2026-01-01T10:00:00Z");
  public final InMemoryUserRepository users = new InMemoryUserRepository();
  public final InMemorySessionStore sessions = new InMemorySessionStore(clock);
  public final InMemoryRevocationList revocations = new InMemoryRevocationList(clock);
  public final FakeTokens tokens = new FakeTokens(clock, () -> this.tokenPolicy.leeway());
  public final PrefixPasswordHasher hasher = new PrefixPasswordHasher();
  public final RecordingEventPublisher events = new RecordingEventPublisher();
  public final PasswordPolicy passwordPolicy = PasswordPolicy.defaults();
  public final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
  public final RecordingMailSender mailSender = new RecordingMailSender();
  public MailPolicy mailPolicy = MailPolicy.defaults();
  public DeliveryPolicy deliveryPolicy = DeliveryPolicy.defaults();

  public TokenPolicy tokenPolicy = TokenPolicy.defaults();
  public AccountPolicy accountPolicy = AccountPolicy.defaults();
  public LockoutPolicy lockoutPolicy = LockoutPolicy.defaults();
  public final InMemoryLoginAttempts loginAttempts = new InMemoryLoginAttempts(clock);
  public final InMemoryOneTimeStore oneTimeStore = new InMemoryOneTimeStore(clock);
  public final InMemoryOAuthAccountRepository oauthAccounts = new InMemoryOAuthAccountRepository();
  public final ScriptedOAuthProvider oauthProvider = new ScriptedOAuthProvider();
  public OAuthPolicy oauthPolicy =
      new OAuthPolicy(
          new LinkedHashMap<>(
              Map.of(
                  "corp", Set.of("http://app.test/callback"),
                  "github", Set.of("http://app.test/gh"))),
          Duration.ofMinutes(5),
          true,
          true);

  public final InMemoryPasskeyRepository passkeys = new InMemoryPasskeyRepository();
  public PasskeyPolicy passkeyPolicy =
      new PasskeyPolicy(
          true, "app.test", "App", Set.of("https://app.test"), Duration.ofSeconds(60), true);

  public Challenges challenges() {
    return new Challenges(oneTimeStore, passkeyPolicy);
  }

  public BeginPasskeyRegistrationService beginPasskeyRegistration() {
    return new BeginPasskeyRegistrationService(
        passkeyPolicy, passkeys, challenges(), sessions, clock);
  }

  public CompletePasskeyRegistrationService completePasskeyRegistration() {
    return new CompletePasskeyRegistrationService(
        passkeyPolicy, challenges(), new ScriptedPasskeyVerifier(), passkeys, users, outbox, clock);
  }

  public BeginPasskeyAuthenticationService beginPasskeyAuthentication() {
    return new BeginPasskeyAuthenticationService(passkeyPolicy, users, passkeys, challenges());
  }

  public CompletePasskeyAuthenticationService completePasskeyAuthentication() {
    return new CompletePasskeyAuthenticationService(
        passkeyPolicy,
        challenges(),
        new ScriptedPasskeyVerifier(),
        passkeys,
        users,
        issuer(),
        events,
        clock);
  }

  public StartOAuthLoginService startOAuthLogin() {
    return new StartOAuthLoginService(oauthPolicy, oauthProvider, oneTimeStore);
  }

  public CompleteOAuthLoginService completeOAuthLogin() {
    return new CompleteOAuthLoginService(oauthPolicy, oneTimeStore, oauthProvider, oauthLinker());
  }

  public OAuthAccountLinker oauthLinker() {
    return new OAuthAccountLinker(
        oauthPolicy, oauthAccounts, users, new ReversingCipher(), issuer(), events, clock);
  }

  public UnlinkOAuthAccountService unlinkOAuthAccount() {
    return new UnlinkOAuthAccountService(oauthAccounts, users);
  }

  public SessionIssuer issuer() {
    return new SessionIssuer(tokens, sessions, users, tokenPolicy, clock);
  }

  public RegisterUserService register() {
    return new RegisterUserService(
        users, hasher, passwordPolicy, accountPolicy, events, outbox, mailPolicy, clock);
  }

  public LogInWithPasswordService logIn() {
    return new LogInWithPasswordService(users, hasher, accountPolicy, loginRecorder(), lockout());
  }

  public LoginRecorder loginRecorder() {
    return new LoginRecorder(users, issuer(), events);
  }

  public RefreshSessionService refresh() {
    return new RefreshSessionService(tokens, sessions, users, issuer(), revoker(), tokenPolicy);
  }

  public AccessTokenReader reader() {
    return new AccessTokenReader(tokens, revocations);
  }

  public LogOutService logOut() {
    return new LogOutService(
        reader(), revocations, sessions, events, revoker(), tokenPolicy, clock);
  }

  public AuthenticateService authenticate() {
    return new AuthenticateService(reader(), users);
  }

  public SessionRevoker revoker() {
    return new SessionRevoker(revocations, tokenPolicy, clock);
  }

  public ChangePasswordService changePassword() {
    return new ChangePasswordService(
        users, hasher, passwordPolicy, sessions, revoker(), events, lockout());
  }

  public AccountLockout lockout() {
    return new AccountLockout(loginAttempts, lockoutPolicy, events);
  }

  public DeleteAccountService deleteAccount() {
    return new DeleteAccountService(users, sessions, revoker());
  }

  public UpdateProfileService updateProfile() {
    return new UpdateProfileService(users);
  }

  public PurposeTokens purposeTokens() {
    return new PurposeTokens(tokens, tokens, revocations, users, tokenPolicy, clock);
  }

  public DeliverMailService deliverMail() {
    return new DeliverMailService(
        outboxLedger(), mailSender, purposeTokens(), mailPolicy, deliveryPolicy, events, clock);
  }

  public OutboxLedger outboxLedger() {
    return new OutboxLedger(outbox, users, deliveryPolicy, clock);
  }

  /** Delivers every due mail, as one worker round does. */
  public void deliverDueMail() {
    DeliverMailService worker = deliverMail();
    worker.dueMail().forEach(worker::deliver);
  }

  public RequestPasswordResetService requestPasswordReset() {
    return new RequestPasswordResetService(outbox, clock);
  }

  public RequestEmailVerificationService requestEmailVerification() {
    return new RequestEmailVerificationService(users, outbox, clock);
  }

  public ConfirmEmailService confirmEmail() {
    return new ConfirmEmailService(purposeTokens(), users, events);
  }

  public ResetPasswordService resetPassword() {
    return new ResetPasswordService(
        purposeTokens(),
        passwordPolicy,
        hasher,
        users,
        sessions,
        revoker(),
        events,
        passkeys,
        oauthAccounts);
  }

  /** Registers an account and logs it in. */
  public LogInResult.LoggedIn registeredAndLoggedIn(String email, String password) {
    register()
        .register(new RegisterUserCommand(EmailAddress.of(email), new PlainPassword(password)));
    return (LogInResult.LoggedIn)
        logIn()
            .logIn(
                new LogInCommand(
                    email, new PlainPassword(password), new ClientInfo("ua", "10.0.0.1")));
  }
}
