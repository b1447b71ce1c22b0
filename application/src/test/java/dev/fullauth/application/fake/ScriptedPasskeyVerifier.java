package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.PasskeyVerificationException;
import dev.fullauth.application.port.out.PasskeyVerifier;
import dev.fullauth.domain.passkey.Passkey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Checks a toy response format instead of WebAuthn's: {@code
 * credentialId|challenge(base64url)|origin|uv|counter|userHandle}. It applies the same checks a
 * real verifier applies to those fields (challenge, origin, UV) and nothing else.
 */
public final class ScriptedPasskeyVerifier implements PasskeyVerifier {
  /** Builds a response in the toy format. */
  public static String response(
      String credentialId,
      byte[] challenge,
      String origin,
      boolean uv,
      long counter,
      String handle) {
    return String.join(
        "|",
        credentialId,
        Base64.getUrlEncoder().withoutPadding().encodeToString(challenge),
        origin,
        Boolean.toString(uv),
        Long.toString(counter),
        handle == null ? "" : handle);
  }

  private static String[] fields(String json) {
    String[] f = json.split("\\|", -1);
    if (f.length != 6) {
      throw new PasskeyVerificationException("malformed");
    }
    return f;
  }

  private static void check(String[] f, Ceremony ceremony) {
    String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(ceremony.challenge());
    if (!f[1].equals(expected)) {
      throw new PasskeyVerificationException("challenge");
    }
    if (!ceremony.origins().contains(f[2])) {
      throw new PasskeyVerificationException("origin");
    }
    if (ceremony.userVerificationRequired() && !Boolean.parseBoolean(f[3])) {
      throw new PasskeyVerificationException("uv");
    }
  }

  @Override
  public RegisteredCredential verifyRegistration(String json, Ceremony ceremony) {
    String[] f = fields(json);
    check(f, ceremony);
    return new RegisteredCredential(
        f[0], "key-" + f[0], Long.parseLong(f[4]), List.of("internal"), false, false, true);
  }

  @Override
  public AssertionInfo parseAssertion(String json) {
    String[] f = fields(json);
    return new AssertionInfo(f[0], f[5].isEmpty() ? null : f[5].getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public VerifiedAssertion verifyAssertion(String json, Ceremony ceremony, Passkey stored) {
    String[] f = fields(json);
    check(f, ceremony);
    return new VerifiedAssertion(Long.parseLong(f[4]), false);
  }
}
