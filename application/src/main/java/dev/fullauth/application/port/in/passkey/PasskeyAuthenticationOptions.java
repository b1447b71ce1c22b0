package dev.fullauth.application.port.in.passkey;

import java.util.List;

/**
 * What {@code navigator.credentials.get()} needs (WebAuthn L3 §5.5), plus the key of the stored
 * challenge.
 *
 * @param rpId relying-party id
 * @param challenge the random challenge
 * @param allowCredentials the credentials of the named user; empty without an e-mail (discoverable
 *     credentials, conditional UI) and for an unknown e-mail alike
 * @param userVerificationRequired whether UV is required (advertised as such, CONTRACT.md item 6)
 * @param timeoutMillis the ceremony timeout
 * @param challengeKey where the challenge is stored
 */
public record PasskeyAuthenticationOptions(
    String rpId,
    byte[] challenge,
    List<AllowedCredential> allowCredentials,
    boolean userVerificationRequired,
    long timeoutMillis,
    String challengeKey) {
  /**
   * @param id credential id, base64url
   * @param transports stored transports, may be empty
   */
  public record AllowedCredential(String id, List<String> transports) {
    public AllowedCredential {
      transports = List.copyOf(transports);
    }
  }

  public PasskeyAuthenticationOptions {
    challenge = challenge.clone();
    allowCredentials = List.copyOf(allowCredentials);
  }

  @Override
  public byte[] challenge() {
    return challenge.clone();
  }

  @Override
  public String toString() {
    return "PasskeyAuthenticationOptions[rpId=" + rpId + "]";
  }
}
