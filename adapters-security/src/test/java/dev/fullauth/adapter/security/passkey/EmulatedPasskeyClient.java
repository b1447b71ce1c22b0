package dev.fullauth.adapter.security.passkey;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.AttestationConveyancePreference;
import com.webauthn4j.data.AuthenticatorAssertionResponse;
import com.webauthn4j.data.AuthenticatorAttachment;
import com.webauthn4j.data.AuthenticatorAttestationResponse;
import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.PublicKeyCredential;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.client.AuthenticationExtensionClientOutput;
import com.webauthn4j.data.extension.client.RegistrationExtensionClientOutput;
import com.webauthn4j.test.authenticator.webauthn.NoneAttestationAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.client.ClientPlatform;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A browser with a platform authenticator, emulated by webauthn4j-test, that answers in the JSON of
 * {@code PublicKeyCredential.toJSON()}. One instance is one authenticator (its credentials and
 * counter); tests tamper through {@link #origin}, {@link #countUp(boolean)} and the {@code rewrite}
 * hooks. The "none" attestation is unsigned, so rewriting its authenticator data models a malicious
 * authenticator.
 */
public final class EmulatedPasskeyClient {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final NoneAttestationAuthenticator authenticator =
      new NoneAttestationAuthenticator(AAGUID.ZERO, 0, true, new ObjectConverter());
  private final ObjectConverter converter = new ObjectConverter();
  private final AttestationObjectConverter attestations = new AttestationObjectConverter(converter);

  /** The origin the "browser" puts into client data. */
  public volatile String origin;

  /** The {@code response.transports} the "browser" reports at registration, in this order. */
  public volatile List<String> transports = List.of("internal", "hybrid");

  public EmulatedPasskeyClient(String origin) {
    this.origin = origin;
  }

  /** Freezes (false) or resumes (true) the signature counter. */
  public void countUp(boolean enabled) {
    authenticator.setCountUpEnabled(enabled);
  }

  /** {@code navigator.credentials.create()} for these options. */
  public String create(String rpId, byte[] challenge, byte[] userHandle, String userName) {
    return create(rpId, challenge, userHandle, userName, UnaryOperator.identity());
  }

  /**
   * {@code navigator.credentials.create()}, with the authenticator data rewritten before it is
   * encoded (for example to clear the UV flag or to claim another credential).
   */
  public String create(
      String rpId,
      byte[] challenge,
      byte[] userHandle,
      String userName,
      UnaryOperator<AuthenticatorData<RegistrationExtensionAuthenticatorOutput>> rewrite) {
    PublicKeyCredentialCreationOptions options =
        new PublicKeyCredentialCreationOptions(
            new PublicKeyCredentialRpEntity(rpId, "FullAuth"),
            new PublicKeyCredentialUserEntity(userHandle, userName, userName),
            new DefaultChallenge(challenge),
            List.of(
                new PublicKeyCredentialParameters(
                    PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256)),
            60_000L,
            List.of(),
            new AuthenticatorSelectionCriteria(
                AuthenticatorAttachment.PLATFORM,
                ResidentKeyRequirement.REQUIRED,
                UserVerificationRequirement.REQUIRED),
            AttestationConveyancePreference.NONE,
            null);
    PublicKeyCredential<AuthenticatorAttestationResponse, RegistrationExtensionClientOutput>
        credential = platform().create(options);
    AttestationObject attestation =
        attestations.convert(credential.getResponse().getAttestationObject());
    AttestationObject rewritten =
        new AttestationObject(
            rewrite.apply(attestation.getAuthenticatorData()),
            attestation.getAttestationStatement());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put(
        "clientDataJSON", B64.encodeToString(credential.getResponse().getClientDataJSON()));
    response.put("attestationObject", B64.encodeToString(attestations.convertToBytes(rewritten)));
    response.put("transports", transports);
    byte[] id = rewritten.getAuthenticatorData().getAttestedCredentialData().getCredentialId();
    return json(id, response, "platform");
  }

  /** {@code navigator.credentials.get()}; no allowed ids means discoverable credentials. */
  public String get(String rpId, byte[] challenge, List<byte[]> allowed, boolean userVerification) {
    PublicKeyCredentialRequestOptions options =
        new PublicKeyCredentialRequestOptions(
            new DefaultChallenge(challenge),
            60_000L,
            rpId,
            allowed.stream()
                .map(
                    id ->
                        new PublicKeyCredentialDescriptor(
                            PublicKeyCredentialType.PUBLIC_KEY, id, null))
                .toList(),
            userVerification
                ? UserVerificationRequirement.REQUIRED
                : UserVerificationRequirement.DISCOURAGED,
            null);
    PublicKeyCredential<AuthenticatorAssertionResponse, AuthenticationExtensionClientOutput>
        credential = platform().get(options);
    AuthenticatorAssertionResponse r = credential.getResponse();
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("clientDataJSON", B64.encodeToString(r.getClientDataJSON()));
    response.put("authenticatorData", B64.encodeToString(r.getAuthenticatorData()));
    response.put("signature", B64.encodeToString(r.getSignature()));
    response.put(
        "userHandle", r.getUserHandle() == null ? null : B64.encodeToString(r.getUserHandle()));
    return json(credential.getRawId(), response, null);
  }

  private ClientPlatform platform() {
    return new ClientPlatform(new Origin(origin), new WebAuthnAuthenticatorAdaptor(authenticator));
  }

  private String json(byte[] id, Map<String, Object> response, String attachment) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", B64.encodeToString(id));
    out.put("rawId", B64.encodeToString(id));
    out.put("type", "public-key");
    out.put("response", response);
    out.put("clientExtensionResults", Map.of());
    if (attachment != null) {
      out.put("authenticatorAttachment", attachment);
    }
    return converter.getJsonMapper().writeValueAsString(out);
  }

  /**
   * @param credentialJson a response of {@link #create} or {@link #get}
   * @param field a top-level member ({@code id}, {@code rawId}, {@code type}, ...)
   * @param value its new text, or null to remove it
   * @return the response with that member replaced or removed
   */
  public String withMember(String credentialJson, String field, String value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = converter.getJsonMapper().readValue(credentialJson, Map.class);
    Map<String, Object> out = new LinkedHashMap<>(parsed);
    if (value == null) {
      out.remove(field);
    } else {
      out.put(field, value);
    }
    return converter.getJsonMapper().writeValueAsString(out);
  }

  /**
   * @return the authenticator data with the UV flag cleared
   */
  public static AuthenticatorData<RegistrationExtensionAuthenticatorOutput> withoutUserVerification(
      AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data) {
    return new AuthenticatorData<>(
        data.getRpIdHash(),
        (byte) (data.getFlags() & ~AuthenticatorData.BIT_UV),
        data.getSignCount(),
        data.getAttestedCredentialData(),
        data.getExtensions());
  }

  /**
   * @param previousRegistration a registration response of any authenticator
   * @return a rewrite that claims that response's credential (id and key) as new
   */
  public UnaryOperator<AuthenticatorData<RegistrationExtensionAuthenticatorOutput>>
      claimingCredentialOf(String previousRegistration) {
    Map<?, ?> parsed = converter.getJsonMapper().readValue(previousRegistration, Map.class);
    String encoded = (String) ((Map<?, ?>) parsed.get("response")).get("attestationObject");
    var stolen =
        attestations
            .convert(Base64.getUrlDecoder().decode(encoded))
            .getAuthenticatorData()
            .getAttestedCredentialData();
    return data ->
        new AuthenticatorData<>(
            data.getRpIdHash(), data.getFlags(), data.getSignCount(), stolen, data.getExtensions());
  }
}
