package dev.fullauth.application.port.out;

import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores passkeys. Joins the caller's transaction. */
public interface PasskeyRepository {
  /**
   * Adds a passkey unless its credential id is already stored (for anyone), also when a concurrent
   * registration of the same id wins the race. The caller's transaction stays usable either way.
   *
   * @return true if added, false if the credential id was taken
   */
  boolean insert(Passkey passkey);

  /**
   * @return the passkey with this credential id, or empty
   */
  Optional<Passkey> findByCredentialId(String credentialId);

  /**
   * @return the user's passkeys, oldest first
   */
  List<Passkey> findByUser(UserId user);

  /**
   * @return whether the user's passkey with this id existed and is now gone
   */
  boolean delete(UserId user, UUID id);

  /**
   * Records a successful login atomically, only if the stored counter is still {@code
   * expectedCount} (compare-and-swap, so two racing assertions cannot both pass the counter rule).
   *
   * @return whether the row was updated
   */
  boolean recordUse(UUID id, long expectedCount, long newCount, boolean backedUp, Instant now);
}
