package dev.fullauth.application.usecase.mail;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.mail.LoginMethods;
import dev.fullauth.application.port.in.mail.ResetPasswordUseCase;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.application.usecase.session.SessionRevoker;
import dev.fullauth.domain.event.PasswordReset;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PasswordPolicy;
import dev.fullauth.domain.password.PlainPassword;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Resets a password in the anchor's order: token, then policy (a weak password keeps the token
 * usable), then account; every session is revoked afterwards, access tokens included. Passkeys and
 * provider links are kept and reported: a reset proves the mailbox, not the devices, and removing
 * them would lock out owners whose mailbox alone was the target.
 */
@UseCase
@Transactional
public class ResetPasswordService implements ResetPasswordUseCase {
  private final PurposeTokens tokens;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final UserRepository users;
  private final SessionStore sessions;
  private final SessionRevoker revoker;
  private final EventPublisher events;
  private final PasskeyRepository passkeys;
  private final OAuthAccountRepository oauthAccounts;

  @Inject
  public ResetPasswordService(
      PurposeTokens tokens,
      PasswordPolicy policy,
      PasswordHasher hasher,
      UserRepository users,
      SessionStore sessions,
      SessionRevoker revoker,
      EventPublisher events,
      PasskeyRepository passkeys,
      OAuthAccountRepository oauthAccounts) {
    this.tokens = tokens;
    this.policy = policy;
    this.hasher = hasher;
    this.users = users;
    this.sessions = sessions;
    this.revoker = revoker;
    this.events = events;
    this.passkeys = passkeys;
    this.oauthAccounts = oauthAccounts;
  }

  @Override
  public LoginMethods reset(String token, PlainPassword newPassword) {
    TokenClaims claims = tokens.read(token, PurposeTokens.PASSWORD_RESET);
    policy.check(newPassword);
    // Hashed before the account is read: the transaction takes its connection only after the hash
    // (and the wait for a hashing slot), and a busy hasher leaves the token unused.
    PasswordHash hash = hasher.hash(newPassword);
    User user = tokens.consume(claims);
    User changed = user.changePassword(hash);
    users.update(changed);
    revoker.killAccessTokens(sessions.revokeAllOf(user.id()));
    events.publishAfterCommit(new PasswordReset(changed));
    // Passkeys and provider links stay (README, "Passkeys"); the answer names them.
    return new LoginMethods(
        passkeys.findByUser(user.id()),
        oauthAccounts.findByUser(user.id()).stream().map(OAuthAccount::provider).toList());
  }
}
