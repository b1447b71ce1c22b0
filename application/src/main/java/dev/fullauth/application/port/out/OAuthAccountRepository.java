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

  /**
   * Adds a link unless the identity (provider and provider user id) is already linked, also when a
   * concurrent login linked it first; that link is kept. The caller's transaction stays usable.
   *
   * @return true if added, false if the identity was linked already
   */
  boolean insert(OAuthAccount account);

  /** Saves the provider e-mail and tokens of an existing link. */
  void update(OAuthAccount account);

  /**
   * @return whether the user had a link to this provider that is now gone
   */
  boolean delete(UserId user, String provider);
}
