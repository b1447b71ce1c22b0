package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.port.in.oauth.CompleteOAuthLoginUseCase;
import dev.fullauth.application.port.in.oauth.OAuthCallbackCommand;
import dev.fullauth.application.port.in.oauth.OAuthLoginResult;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.port.out.OneTimeStore;
import dev.fullauth.application.port.out.SecretCipher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.session.SessionIssuer;
import dev.fullauth.domain.event.OAuthLogin;
import dev.fullauth.domain.event.OAuthRegistered;
import dev.fullauth.domain.event.UserRegistered;
import dev.fullauth.domain.oauth.ExternalIdentity;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The callback (anchor §6.3, CONTRACT.md item 4): the state is taken from the shared store (so it
 * works once, on any node), must belong to this provider and, unless binding is off, to this
 * browser; then the code is redeemed with the stored PKCE verifier and the identity is linked to an
 * account. The state is burnt before any check, so a failed attempt cannot be retried with it.
 *
 * <p>Linking by e-mail needs proof on both sides: the provider's address must be verified (by the
 * provider, or by the operator trusting the provider), and a local account holding it must have a
 * verified address too. Otherwise nothing is created or linked.
 */
@UseCase
public class CompleteOAuthLoginService implements CompleteOAuthLoginUseCase {
  private final OAuthPolicy policy;
  private final OneTimeStore store;
  private final OAuthProviderClient client;
  private final OAuthAccountRepository accounts;
  private final UserRepository users;
  private final SecretCipher cipher;
  private final SessionIssuer issuer;
  private final EventPublisher events;
  private final Clock clock;

  @Inject
  public CompleteOAuthLoginService(
      OAuthPolicy policy,
      OneTimeStore store,
      OAuthProviderClient client,
      OAuthAccountRepository accounts,
      UserRepository users,
      SecretCipher cipher,
      SessionIssuer issuer,
      EventPublisher events,
      Clock clock) {
    this.policy = policy;
    this.store = store;
    this.client = client;
    this.accounts = accounts;
    this.users = users;
    this.cipher = cipher;
    this.issuer = issuer;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public OAuthLoginResult complete(OAuthCallbackCommand command) {
    String provider = command.provider();
    if (!policy.redirectUris().containsKey(provider)) {
      throw new OAuthProviderNotConfiguredException(provider);
    }
    Optional<PendingLogin> pending =
        store.take(PendingLogin.key(command.state())).flatMap(PendingLogin::decode);
    if (pending.isEmpty()) {
      return new OAuthLoginResult.Rejected("unknown, expired or replayed state");
    }
    if (!pending.get().provider().equals(provider)) {
      return new OAuthLoginResult.Rejected("state minted for another provider");
    }
    if (policy.stateBinding() && !pending.get().boundTo(command.binding())) {
      return new OAuthLoginResult.Rejected("state not bound to this browser");
    }
    ProviderLogin login;
    try {
      login =
          client.exchange(
              provider,
              new OAuthProviderClient.CodeExchange(
                  command.code(),
                  pending.get().redirectUri(),
                  pending.get().codeVerifier(),
                  pending.get().nonce()));
    } catch (OAuthExchangeRejectedException e) {
      return new OAuthLoginResult.Rejected("provider refused: " + e.getMessage());
    }
    return link(provider, login, command);
  }

  private OAuthLoginResult link(
      String provider, ProviderLogin login, OAuthCallbackCommand command) {
    ExternalIdentity identity = login.identity();
    String sealedAccess = seal(login.accessToken());
    String sealedRefresh = seal(login.refreshToken());
    Optional<OAuthAccount> existing = accounts.find(provider, identity.providerUserId());
    Instant now = clock.instant();
    User user;
    boolean newUser = false;
    if (existing.isPresent()) {
      Optional<User> owner = users.findById(existing.get().userId());
      if (owner.isEmpty()) {
        return new OAuthLoginResult.Rejected("linked account no longer exists");
      }
      user = owner.get();
      accounts.update(existing.get().refreshed(identity.email(), sealedAccess, sealedRefresh));
    } else {
      // Pre-account takeover defence: an address only links or creates an account when both
      // sides proved it (docs: security, "OAuth linking").
      if (!policy.emailVerified(provider, identity.emailVerified())) {
        return new OAuthLoginResult.Rejected("provider did not verify the address");
      }
      Optional<EmailAddress> email = EmailAddress.parse(identity.email());
      if (email.isEmpty()) {
        return new OAuthLoginResult.Rejected("provider gave no usable e-mail address");
      }
      Optional<User> local = users.findByEmail(email.get());
      if (local.isPresent() && !policy.autoLinkByEmail()) {
        return new OAuthLoginResult.Rejected("address taken and auto-linking is off");
      }
      if (local.isPresent()) {
        // An unverified local account may belong to someone who registered the victim's address
        // first; linking would hand them the victim's provider login (and keep their password).
        if (!local.get().isVerified()) {
          return new OAuthLoginResult.Rejected("local account's address is not verified");
        }
        user = local.get();
      } else {
        user = User.register(UserId.generate(now), email.get(), null, now).confirmEmail();
        try {
          users.insert(user);
        } catch (UserAlreadyExistsException e) {
          return new OAuthLoginResult.Rejected("address registered concurrently");
        }
        newUser = true;
      }
      accounts.insert(
          new OAuthAccount(
              TimeOrderedIds.uuidV7(now),
              user.id(),
              provider,
              identity.providerUserId(),
              identity.email(),
              sealedAccess,
              sealedRefresh,
              now));
    }
    if (!user.isActive()) {
      return new OAuthLoginResult.Rejected("inactive account");
    }
    var tokens = issuer.issue(user, SessionId.generate(), command.client());
    events.publishAfterCommit(new OAuthLogin(user, provider, newUser));
    if (newUser) {
      events.publishAfterCommit(new UserRegistered(user));
      events.publishAfterCommit(new OAuthRegistered(user, identity));
    }
    return new OAuthLoginResult.LoggedIn(user, tokens, newUser);
  }

  private String seal(String token) {
    return token == null ? null : cipher.seal(token);
  }
}
