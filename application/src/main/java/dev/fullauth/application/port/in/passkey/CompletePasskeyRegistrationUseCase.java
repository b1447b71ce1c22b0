package dev.fullauth.application.port.in.passkey;

import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;

/** POST /passkeys/register/complete. */
public interface CompletePasskeyRegistrationUseCase {
  /**
   * @param user the caller, who must be the user the challenge was issued to
   * @param challengeKey from the begin call
   * @param credentialJson the browser's registration response
   * @param deviceName the user's label
   * @return the stored passkey
   * @throws dev.fullauth.domain.passkey.ChallengeExpiredException for a missing, used or expired
   *     challenge
   * @throws dev.fullauth.domain.passkey.PasskeyRegistrationFailedException for every other failure
   */
  Passkey complete(UserId user, String challengeKey, String credentialJson, String deviceName);
}
