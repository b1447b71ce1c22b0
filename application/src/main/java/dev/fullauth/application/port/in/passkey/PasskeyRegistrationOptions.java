package dev.fullauth.application.port.in.passkey;

import java.util.List;

/**
 * What {@code navigator.credentials.create()} needs (WebAuthn L3 §5.4), plus the key of the stored
 * challenge.
 *
 * @param rpId relying-party id
 * @param rpName relying-party name
 * @param userHandle the WebAuthn user handle: UTF-8 bytes of the user id text
 * @param userName the user's e-mail, also the display name
 * @param challenge the random challenge
 * @param algorithms the COSE algorithm ids offered, in order of preference
 * @param excludeCredentialIds the user's existing credential ids (base64url)
 * @param userVerificationRequired whether UV is required
 * @param timeoutMillis the ceremony timeout
 * @param challengeKey where the challenge is stored
 */
public record PasskeyRegistrationOptions(
    String rpId,
    String rpName,
    byte[] userHandle,
    String userName,
    byte[] challenge,
    List<Integer> algorithms,
    List<String> excludeCredentialIds,
    boolean userVerificationRequired,
    long timeoutMillis,
    String challengeKey) {
  public PasskeyRegistrationOptions {
    userHandle = userHandle.clone();
    challenge = challenge.clone();
    algorithms = List.copyOf(algorithms);
    excludeCredentialIds = List.copyOf(excludeCredentialIds);
  }

  @Override
  public byte[] userHandle() {
    return userHandle.clone();
  }

  @Override
  public byte[] challenge() {
    return challenge.clone();
  }

  @Override
  public String toString() {
    return "PasskeyRegistrationOptions[rpId=" + rpId + ", user=" + userName + "]";
  }
}
