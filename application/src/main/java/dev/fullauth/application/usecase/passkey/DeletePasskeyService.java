package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.passkey.DeletePasskeyUseCase;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.domain.passkey.PasskeyNotFoundException;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Deletes one of the caller's passkeys; the last one may go too (anchor §7.8). */
@UseCase
@Transactional
public class DeletePasskeyService implements DeletePasskeyUseCase {
  private final PasskeyRepository passkeys;

  @Inject
  public DeletePasskeyService(PasskeyRepository passkeys) {
    this.passkeys = passkeys;
  }

  @Override
  public void delete(UserId user, UUID passkeyId) {
    if (!passkeys.delete(user, passkeyId)) {
      throw new PasskeyNotFoundException();
    }
  }
}
