package dev.fullauth.application.port.out;

import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the links between local accounts and provider identities. Joins the caller's transaction.
 */
public interface OAuthAccountRepository {
  /**
   * @return the link of this provider identity, or empty
   */
  Optional<OAuthAccount> find(String provider, String providerUserId);

  /**
   * @return the user's links, oldest first
   */
  List<OAuthAccount> findByUser(UserId user);

  /** Adds a link; a link of the same identity that a concurrent login added first is kept. */
  void insert(OAuthAccount account);

  /** Saves the provider e-mail and tokens of an existing link. */
  void update(OAuthAccount account);

  /**
   * @return whether the user had a link to this provider that is now gone
   */
  boolean delete(UserId user, String provider);
}
