package dev.fullauth.application.port.in.passkey;

import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import java.util.List;

/** GET /passkeys. */
public interface ListPasskeysUseCase {
  /**
   * @return the user's passkeys, oldest first
   */
  List<Passkey> passkeys(UserId user);
}
