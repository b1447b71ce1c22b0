package dev.fullauth.adapter.security.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.AuthenticatorTransportConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.out.PasskeyVerificationException;
import dev.fullauth.application.port.out.PasskeyVerifier;
import dev.fullauth.domain.passkey.Passkey;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * webauthn4j behind the {@link PasskeyVerifier} port. Attestation is {@code none} (the options ask
 * for it), so the non-strict manager is used: it verifies every signature and flag but does not
 * require an attestation trust path. The stored public key is the credential's COSE key (as the
 * anchor stores it); the attested-credential-data structure is rebuilt around it for verification.
 *
 * <p>Before webauthn4j sees a response, its outer shape is checked as WebAuthn L3 §5.1 defines it
 * and webauthn4j does not: {@code type} is {@code "public-key"} and {@code id} is the base64url
 * encoding of {@code rawId} (the credential is looked up by one and verified by the other, so they
 * must name the same credential).
 *
 * <p>webauthn4j reports malformed input with Jackson exceptions, NPEs and buffer underflows as well
 * as its own; every one of them becomes a {@link PasskeyVerificationException}, so a client can
 * never cause a 500 here.
 */
public final class WebAuthn4jPasskeyVerifier implements PasskeyVerifier {
  /**
   * What the registration options offer (PasskeyPolicy.ALGORITHMS) is what verification accepts.
   */
  static final List<PublicKeyCredentialParameters> ALGORITHMS =
      PasskeyPolicy.ALGORITHMS.stream()
          .map(
              id ->
                  new PublicKeyCredentialParameters(
                      PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.create(id)))
          .toList();

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager();
  private final ObjectConverter converter = new ObjectConverter();
  private final AttestedCredentialDataConverter credentialData =
      new AttestedCredentialDataConverter(converter);
  private final AuthenticatorTransportConverter transports = new AuthenticatorTransportConverter();

  @Override
  public RegisteredCredential verifyRegistration(String credentialJson, Ceremony ceremony) {
    JsonNode credential = checkedShape("registration", credentialJson);
    RegistrationData data =
        guarded(
            "registration",
            () ->
                manager.verifyRegistrationResponseJSON(
                    credentialJson,
                    new RegistrationParameters(
                        serverProperty(ceremony),
                        ALGORITHMS,
                        ceremony.userVerificationRequired(),
                        true)));
    AuthenticatorData<RegistrationExtensionAuthenticatorOutput> authenticator =
        data.getAttestationObject().getAuthenticatorData();
    AttestedCredentialData attested = authenticator.getAttestedCredentialData();
    byte[] coseKey = converter.getCborMapper().writeValueAsBytes(attested.getCOSEKey());
    List<String> reported = transportsInClientOrder(credential, data);
    return new RegisteredCredential(
        B64.encodeToString(attested.getCredentialId()),
        B64.encodeToString(coseKey),
        authenticator.getSignCount(),
        reported,
        authenticator.isFlagBE(),
        authenticator.isFlagBS(),
        authenticator.isFlagUV());
  }

  @Override
  public AssertionInfo parseAssertion(String credentialJson) {
    checkedShape("assertion", credentialJson);
    AuthenticationData data =
        guarded("assertion", () -> manager.parseAuthenticationResponseJSON(credentialJson));
    if (data.getCredentialId() == null) {
      throw new PasskeyVerificationException("assertion without credential id");
    }
    return new AssertionInfo(B64.encodeToString(data.getCredentialId()), data.getUserHandle());
  }

  @Override
  public VerifiedAssertion verifyAssertion(
      String credentialJson, Ceremony ceremony, Passkey stored) {
    checkedShape("assertion", credentialJson);
    CredentialRecordImpl record =
        guarded(
            "stored credential",
            () ->
                new CredentialRecordImpl(
                    null,
                    stored.userVerified(),
                    stored.backupEligible(),
                    stored.backedUp(),
                    stored.signCount(),
                    attestedCredentialData(stored),
                    null,
                    null,
                    null,
                    transports.convertSet(new HashSet<>(stored.transports()))));
    // The credential must be the stored one: webauthn4j does not compare ids by itself.
    AuthenticationData data =
        guarded(
            "assertion",
            () ->
                manager.verifyAuthenticationResponseJSON(
                    credentialJson,
                    new AuthenticationParameters(
                        serverProperty(ceremony),
                        record,
                        List.of(B64D.decode(stored.credentialId())),
                        ceremony.userVerificationRequired(),
                        true)));
    return new VerifiedAssertion(
        data.getAuthenticatorData().getSignCount(), data.getAuthenticatorData().isFlagBS());
  }

  /**
   * @return the parsed response, when its {@code type} is {@code "public-key"} and its {@code id}
   *     is the unpadded base64url encoding of its non-empty {@code rawId} (WebAuthn L3 §5.1; the
   *     same check as py_webauthn's)
   * @throws PasskeyVerificationException otherwise
   */
  private JsonNode checkedShape(String what, String credentialJson) {
    JsonNode root = guarded(what, () -> converter.getJsonMapper().readTree(credentialJson));
    if (root == null || !root.isObject()) {
      throw new PasskeyVerificationException(what + " malformed: not an object");
    }
    if (!"public-key".equals(text(root, "type"))) {
      throw new PasskeyVerificationException(what + ": type is not public-key");
    }
    String id = text(root, "id");
    String rawId = text(root, "rawId");
    if (id == null || rawId == null) {
      throw new PasskeyVerificationException(what + ": id or rawId missing");
    }
    byte[] raw;
    try {
      raw = B64D.decode(rawId);
    } catch (IllegalArgumentException e) {
      throw new PasskeyVerificationException(what + ": rawId is not base64url");
    }
    if (raw.length == 0 || !B64.encodeToString(raw).equals(id)) {
      throw new PasskeyVerificationException(what + ": id is not base64url(rawId)");
    }
    return root;
  }

  private static String text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /**
   * The transports webauthn4j accepted, in the order the client listed them in {@code
   * response.transports} (its preference, which the authentication options hand back), each once.
   */
  private List<String> transportsInClientOrder(JsonNode credential, RegistrationData data) {
    if (data.getTransports() == null) {
      return List.of();
    }
    Set<String> accepted = transports.convertSetToStringSet(data.getTransports());
    Set<String> ordered = new LinkedHashSet<>();
    JsonNode listed = credential.path("response").path("transports");
    if (listed.isArray()) {
      for (JsonNode t : listed.values()) {
        if (t.isString() && accepted.contains(t.stringValue())) {
          ordered.add(t.stringValue());
        }
      }
    }
    return List.copyOf(ordered);
  }

  /** AAGUID (unknown: zeros) ‖ id length ‖ id ‖ COSE key, WebAuthn L3 §6.5.2. */
  private AttestedCredentialData attestedCredentialData(Passkey stored) {
    byte[] id = B64D.decode(stored.credentialId());
    byte[] key = B64D.decode(stored.publicKey());
    ByteBuffer bytes = ByteBuffer.allocate(16 + 2 + id.length + key.length);
    bytes.put(new byte[16]).putShort((short) id.length).put(id).put(key);
    return credentialData.convert(bytes.array());
  }

  private static ServerProperty serverProperty(Ceremony ceremony) {
    Set<Origin> origins =
        ceremony.origins().stream().map(Origin::new).collect(Collectors.toUnmodifiableSet());
    return ServerProperty.builder()
        .origins(origins)
        .rpId(ceremony.rpId())
        .challenge(new DefaultChallenge(ceremony.challenge()))
        .build();
  }

  private static <T> T guarded(String what, Supplier<T> step) {
    try {
      return step.get();
    } catch (VerificationException e) {
      // The class names the failed check (BadOriginException, UserNotVerifiedException, ...).
      throw new PasskeyVerificationException(what + ": " + e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      throw new PasskeyVerificationException(what + " malformed: " + e.getClass().getSimpleName());
    }
  }
}
