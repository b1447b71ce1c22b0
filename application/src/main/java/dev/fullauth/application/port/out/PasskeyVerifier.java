package dev.fullauth.application.port.out;

import dev.fullauth.domain.passkey.Passkey;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies WebAuthn ceremonies (WebAuthn L3 §7.1 registration, §7.2 authentication). Inputs are the
 * JSON the browser produced with {@code PublicKeyCredential.toJSON()}; any malformed or failing
 * input is a {@link PasskeyVerificationException}, never another exception.
 */
public interface PasskeyVerifier {
  /**
   * Checks type, challenge, origin, RP-id hash, UP and (when required) UV flags, algorithm and the
   * attestation statement of a registration response.
   *
   * @throws PasskeyVerificationException when any check fails
   */
  RegisteredCredential verifyRegistration(String credentialJson, Ceremony ceremony);

  /**
   * Reads the credential id and user handle of an assertion without verifying it, to find the
   * stored credential.
   *
   * @throws PasskeyVerificationException when the JSON is malformed
   */
  AssertionInfo parseAssertion(String credentialJson);

  /**
   * Checks type, challenge, origin, RP-id hash, UP and (when required) UV flags, backup-flag
   * consistency, the signature with the stored key and the counter rule.
   *
   * @throws PasskeyVerificationException when any check fails
   */
  VerifiedAssertion verifyAssertion(String credentialJson, Ceremony ceremony, Passkey stored);

  /**
   * What the relying party expects of a ceremony.
   *
   * @param challenge the challenge it issued
   * @param rpId the relying-party id
   * @param origins allowed origins
   * @param userVerificationRequired whether the UV flag must be set
   */
  record Ceremony(
      byte[] challenge, String rpId, Set<String> origins, boolean userVerificationRequired) {
    public Ceremony {
      challenge = challenge.clone();
      origins = Set.copyOf(origins);
      Objects.requireNonNull(rpId, "rpId");
    }

    @Override
    public byte[] challenge() {
      return challenge.clone();
    }

    @Override
    public String toString() {
      return "Ceremony[rpId=" + rpId + ", origins=" + origins + "]";
    }
  }

  /**
   * A verified new credential.
   *
   * @param credentialId base64url
   * @param publicKey COSE key, base64url
   * @param signCount the authenticator's counter
   * @param transports as reported by the browser
   * @param backupEligible BE flag
   * @param backedUp BS flag
   * @param userVerified UV flag
   */
  record RegisteredCredential(
      String credentialId,
      String publicKey,
      long signCount,
      List<String> transports,
      boolean backupEligible,
      boolean backedUp,
      boolean userVerified) {
    public RegisteredCredential {
      transports = List.copyOf(transports);
    }
  }

  /**
   * @param credentialId base64url, as in the assertion's {@code id}
   * @param userHandle the user handle bytes, or null when the authenticator sent none
   */
  record AssertionInfo(String credentialId, byte[] userHandle) {}

  /**
   * @param signCount the counter of the assertion
   * @param backedUp the BS flag of the assertion
   */
  record VerifiedAssertion(long signCount, boolean backedUp) {}
}
