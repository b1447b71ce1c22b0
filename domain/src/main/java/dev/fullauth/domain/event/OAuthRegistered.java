package dev.fullauth.domain.event;

import dev.fullauth.domain.oauth.ExternalIdentity;
import dev.fullauth.domain.user.User;
import java.util.Objects;

/**
 * An OAuth login created a new account (the anchor's {@code after_oauth_register}); fired after
 * {@link UserRegistered}.
 *
 * @param user the new account
 * @param identity what the provider said about the user
 */
public record OAuthRegistered(User user, ExternalIdentity identity) implements AuthEvent {
  public OAuthRegistered {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(identity, "identity");
  }
}
