package dev.fullauth.application.usecase.account;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.account.AuthenticateUseCase;
import dev.fullauth.application.port.in.account.AuthenticatedUser;
import dev.fullauth.application.port.out.TokenClaims;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Authenticates callers of protected routes from their access token and the stored account. */
@UseCase
@Transactional
public class AuthenticateService implements AuthenticateUseCase {
  private final AccessTokenReader reader;
  private final UserRepository users;

  @Inject
  public AuthenticateService(AccessTokenReader reader, UserRepository users) {
    this.reader = reader;
    this.users = users;
  }

  @Override
  public AuthenticatedUser authenticate(String accessToken) {
    TokenClaims claims = reader.read(accessToken);
    UserId id =
        UserId.parse(claims.subject())
            .orElseThrow(() -> new InvalidCredentialsException("subject is not a user id"));
    User user =
        users
            .findById(id)
            .filter(User::isActive)
            .orElseThrow(() -> new InvalidCredentialsException("user missing or inactive"));
    SessionId session =
        claims.session().filter(SessionId::isWellFormed).map(SessionId::new).orElse(null);
    return new AuthenticatedUser(user, session);
  }
}
