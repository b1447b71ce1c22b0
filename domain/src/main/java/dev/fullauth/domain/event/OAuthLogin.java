package dev.fullauth.domain.event;

import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * A user logged in through an OAuth provider (the anchor's {@code after_oauth_login}).
 *
 * @param user the account after the change
 * @param provider the provider name from the path
 * @param newUser whether the login created the account
 */
public record OAuthLogin(User user, String provider, boolean newUser) implements AuthEvent {
  public OAuthLogin {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(provider, "provider");
  }
}
