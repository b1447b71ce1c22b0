package dev.fullauth.application.port.in.profile;

import dev.fullauth.domain.user.UserId;

/**
 * Deletes the caller's account (anchor §2.2 DELETE /me): every session is revoked, its access
 * tokens included, then the account and all it owns are deleted.
 */
public interface DeleteAccountUseCase {
  void delete(UserId userId);
}
