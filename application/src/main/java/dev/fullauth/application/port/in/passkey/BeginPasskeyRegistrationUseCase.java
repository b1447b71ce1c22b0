package dev.fullauth.application.port.in.passkey;

import dev.fullauth.application.port.in.account.AuthenticatedUser;

/** POST /passkeys/register/begin. */
public interface BeginPasskeyRegistrationUseCase {
  /**
   * Issues and stores a registration challenge bound to the user.
   *
   * @param caller the authenticated caller and its session
   * @throws dev.fullauth.domain.passkey.PasskeysDisabledException when no relying party is set
   * @throws dev.fullauth.domain.passkey.RecentLoginRequiredException when the caller's session
   *     began longer ago than the policy's recent-login window (or has no session)
   */
  PasskeyRegistrationOptions begin(AuthenticatedUser caller);
}
