package dev.fullauth.application.port.in.passkey;

import dev.fullauth.domain.user.UserId;
import java.util.UUID;

/** DELETE /passkeys/{id}. */
public interface DeletePasskeyUseCase {
  /**
   * @throws dev.fullauth.domain.passkey.PasskeyNotFoundException when it is not the user's
   */
  void delete(UserId user, UUID passkeyId);
}
