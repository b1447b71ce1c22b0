package dev.fullauth.adapter.rest.passkey;

import dev.fullauth.adapter.rest.support.Json;
import dev.fullauth.application.port.in.passkey.PasskeyAuthenticationOptions;
import dev.fullauth.application.port.in.passkey.PasskeyRegistrationOptions;
import dev.fullauth.domain.passkey.Passkey;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;

/**
 * The anchor's option and passkey JSON (§7.3, §7.5, §7.8): WebAuthn's JSON forms with every binary
 * value base64url without padding, ready for {@code
 * PublicKeyCredential.parseCreationOptionsFromJSON} / {@code parseRequestOptionsFromJSON} in the
 * browser.
 */
public final class PasskeyJson {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private PasskeyJson() {}

  static JsonObject creationOptions(PasskeyRegistrationOptions o) {
    JsonArrayBuilder params = Json.createArrayBuilder();
    o.algorithms()
        .forEach(
            a -> params.add(Json.createObjectBuilder().add("type", "public-key").add("alg", a)));
    JsonArrayBuilder exclude = Json.createArrayBuilder();
    o.excludeCredentialIds()
        .forEach(
            id -> exclude.add(Json.createObjectBuilder().add("id", id).add("type", "public-key")));
    return Json.createObjectBuilder()
        .add("rp", Json.createObjectBuilder().add("name", o.rpName()).add("id", o.rpId()))
        .add(
            "user",
            Json.createObjectBuilder()
                .add("id", B64.encodeToString(o.userHandle()))
                .add("name", o.userName())
                .add("displayName", o.userName()))
        .add("challenge", B64.encodeToString(o.challenge()))
        .add("pubKeyCredParams", params)
        .add("timeout", o.timeoutMillis())
        .add("excludeCredentials", exclude)
        .add(
            "authenticatorSelection",
            Json.createObjectBuilder()
                .add("residentKey", "preferred")
                .add("requireResidentKey", false)
                .add("userVerification", userVerification(o.userVerificationRequired())))
        .add("attestation", "none")
        .add("challenge_key", o.challengeKey())
        .build();
  }

  static JsonObject requestOptions(PasskeyAuthenticationOptions o) {
    JsonArrayBuilder allow = Json.createArrayBuilder();
    for (PasskeyAuthenticationOptions.AllowedCredential c : o.allowCredentials()) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder().add("id", c.id()).add("type", "public-key");
      if (!c.transports().isEmpty()) {
        JsonArrayBuilder transports = Json.createArrayBuilder();
        c.transports().forEach(transports::add);
        entry.add("transports", transports);
      }
      allow.add(entry);
    }
    return Json.createObjectBuilder()
        .add("challenge", B64.encodeToString(o.challenge()))
        .add("timeout", o.timeoutMillis())
        .add("rpId", o.rpId())
        .add("allowCredentials", allow)
        // CONTRACT.md item 6: advertise what is enforced.
        .add("userVerification", userVerification(o.userVerificationRequired()))
        .add("challenge_key", o.challengeKey())
        .build();
  }

  /**
   * @return a passkey as the list and the registration answer show it
   */
  public static JsonObject passkey(Passkey p) {
    JsonArrayBuilder transports = Json.createArrayBuilder();
    p.transports().forEach(transports::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", p.id().toString())
            .add("device_name", p.deviceName())
            .add("transports", transports)
            .add("backed_up", p.backedUp());
    Json.addNullable(json, "created_at", p.createdAt());
    Json.addNullable(json, "last_used_at", p.lastUsedAt());
    return json.build();
  }

  private static String userVerification(boolean required) {
    return required ? "required" : "preferred";
  }
}
