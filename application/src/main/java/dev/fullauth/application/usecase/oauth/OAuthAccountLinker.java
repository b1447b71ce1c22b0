package dev.fullauth.application.usecase.oauth;

import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.port.in.oauth.OAuthLoginResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.port.out.SecretCipher;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.session.SessionIssuer;
import dev.fullauth.domain.event.OAuthLogin;
import dev.fullauth.domain.event.OAuthRegistered;
import dev.fullauth.domain.event.UserRegistered;
import dev.fullauth.domain.oauth.ExternalIdentity;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The database half of an OAuth callback: links the identity the provider vouched for to a local
 * account (creating one when allowed) and opens a session, all in one transaction. It is a bean of
 * its own so that {@link CompleteOAuthLoginService} can redeem the code at the provider before, and
 * outside, that transaction: a call on the same instance would bypass the transaction interceptor.
 *
 * <p>Linking by e-mail needs proof on both sides: the provider's address must be verified (by the
 * provider, or by the operator trusting the provider), and a local account holding it must have a
 * verified address too. Otherwise nothing is created or linked.
 */
@Dependent
public class OAuthAccountLinker {
  private final OAuthPolicy policy;
  private final OAuthAccountRepository accounts;
  private final UserRepository users;
  private final SecretCipher cipher;
  private final SessionIssuer issuer;
  private final EventPublisher events;
  private final Clock clock;

  @Inject
  public OAuthAccountLinker(
      OAuthPolicy policy,
      OAuthAccountRepository accounts,
      UserRepository users,
      SecretCipher cipher,
      SessionIssuer issuer,
      EventPublisher events,
      Clock clock) {
    this.policy = policy;
    this.accounts = accounts;
    this.users = users;
    this.cipher = cipher;
    this.issuer = issuer;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @param provider the configured provider that vouched for the identity
   * @param login what the provider answered
   * @param client recorded with the new session
   * @return the login, or the reason it was refused
   * @throws IdentityLinkedConcurrently when a concurrent login linked the same identity first; the
   *     transaction is rolled back, so an account created by this attempt does not survive
   */
  @Transactional
  public OAuthLoginResult link(String provider, ProviderLogin login, ClientInfo client) {
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
      // sides proved it (README, "OAuth login").
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
      boolean linked =
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
      if (!linked) {
        throw new IdentityLinkedConcurrently();
      }
    }
    if (!user.isActive()) {
      return new OAuthLoginResult.Rejected("inactive account");
    }
    var tokens = issuer.issue(user, SessionId.generate(), client);
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

  /**
   * A concurrent first login of the same identity linked it between our lookup and our insert. It
   * leaves {@link #link} so that the transaction interceptor rolls back the account this attempt
   * may have created; the caller turns it into a rejection.
   */
  public static final class IdentityLinkedConcurrently extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IdentityLinkedConcurrently() {
      super("identity linked by a concurrent login", null, false, false);
    }
  }
}
