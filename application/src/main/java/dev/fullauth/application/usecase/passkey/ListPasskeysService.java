package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.passkey.ListPasskeysUseCase;
import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The caller's passkeys (anchor §7.8). */
@UseCase
@Transactional
public class ListPasskeysService implements ListPasskeysUseCase {
  private final PasskeyRepository passkeys;

  @Inject
  public ListPasskeysService(PasskeyRepository passkeys) {
    this.passkeys = passkeys;
  }

  @Override
  public List<Passkey> passkeys(UserId user) {
    return passkeys.findByUser(user);
  }
}
