package dev.fullauth.adapter.security.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.out.PasskeyVerificationException;
import dev.fullauth.application.port.out.PasskeyVerifier.Ceremony;
import dev.fullauth.application.port.out.PasskeyVerifier.RegisteredCredential;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** webauthn4j behind the port, fed by the webauthn4j-test authenticator emulator. */
class WebAuthn4jPasskeyVerifierTest {
  private static final String ORIGIN = "http://localhost:8080";
  private static final String RP = "localhost";
  private final WebAuthn4jPasskeyVerifier verifier = new WebAuthn4jPasskeyVerifier();
  private final EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);
  private final UserId user = new UserId(UUID.randomUUID());
  private final byte[] handle = user.toString().getBytes(StandardCharsets.UTF_8);

  private static byte[] challenge() {
    byte[] c = new byte[64];
    new SecureRandom().nextBytes(c);
    return c;
  }

  private static Ceremony ceremony(byte[] challenge, boolean uv) {
    return new Ceremony(challenge, RP, Set.of(ORIGIN), uv);
  }

  private Passkey stored(RegisteredCredential c) {
    return new Passkey(
        UUID.randomUUID(),
        user,
        c.credentialId(),
        c.publicKey(),
        c.signCount(),
        "",
        c.transports(),
        c.backupEligible(),
        c.backedUp(),
        c.userVerified(),
        Instant.now(),
        null);
  }

  private RegisteredCredential register() {
    byte[] c = challenge();
    return verifier.verifyRegistration(browser.create(RP, c, handle, "ann"), ceremony(c, true));
  }

  @Test
  void registration_thenDiscoverableLogin_verify() {
    RegisteredCredential registered = register();
    assertThat(registered.transports()).containsExactly("internal", "hybrid");
    assertThat(registered.userVerified()).isTrue();
    Passkey passkey = stored(registered);

    byte[] c = challenge();
    String assertion = browser.get(RP, c, List.of(), true);
    var info = verifier.parseAssertion(assertion);
    assertThat(info.credentialId()).isEqualTo(registered.credentialId());
    assertThat(info.userHandle()).isEqualTo(handle);

    var verified = verifier.verifyAssertion(assertion, ceremony(c, true), passkey);
    assertThat(verified.signCount()).isGreaterThan(registered.signCount());
  }

  @Test
  void wrongOrigin_wrongRp_missingUv_andWrongChallenge_failRegistration() {
    byte[] c = challenge();
    browser.origin = "https://evil.test";
    String evil = browser.create(RP, c, handle, "ann");
    browser.origin = ORIGIN;
    String otherRp = browser.create("example.com", c, handle, "ann");
    String noUv =
        browser.create(RP, c, handle, "ann", EmulatedPasskeyClient::withoutUserVerification);
    String fine = browser.create(RP, c, handle, "ann");

    assertThatThrownBy(() -> verifier.verifyRegistration(evil, ceremony(c, true)))
        .isInstanceOf(PasskeyVerificationException.class)
        .hasMessageContaining("BadOrigin");
    assertThatThrownBy(() -> verifier.verifyRegistration(otherRp, ceremony(c, true)))
        .hasMessageContaining("BadRpId");
    assertThatThrownBy(() -> verifier.verifyRegistration(noUv, ceremony(c, true)))
        .hasMessageContaining("UserNotVerified");
    assertThat(verifier.verifyRegistration(noUv, ceremony(c, false)).userVerified()).isFalse();
    assertThatThrownBy(() -> verifier.verifyRegistration(fine, ceremony(challenge(), true)))
        .hasMessageContaining("BadChallenge");
  }

  @Test
  void assertion_withoutUv_withAFrozenCounter_orSignedByAnotherKey_fails() {
    Passkey passkey = stored(register());
    browser.countUp(false);
    byte[] c2 = challenge();
    String frozen = browser.get(RP, c2, List.of(), true);
    assertThatThrownBy(() -> verifier.verifyAssertion(frozen, ceremony(c2, true), passkey))
        .hasMessageContaining("MaliciousCounterValue");

    browser.countUp(true);
    byte[] c1 = challenge();
    String noUv = browser.get(RP, c1, List.of(), false);
    assertThatThrownBy(() -> verifier.verifyAssertion(noUv, ceremony(c1, true), passkey))
        .hasMessageContaining("UserNotVerified");

    Passkey otherKey = stored(registerElsewhere());
    byte[] c3 = challenge();
    String signed = browser.get(RP, c3, List.of(), true);
    Passkey impostor =
        new Passkey(
            passkey.id(),
            user,
            passkey.credentialId(),
            otherKey.publicKey(),
            0,
            "",
            List.of(),
            false,
            false,
            true,
            Instant.now(),
            null);
    assertThatThrownBy(() -> verifier.verifyAssertion(signed, ceremony(c3, true), impostor))
        .hasMessageContaining("BadSignature");
  }

  private RegisteredCredential registerElsewhere() {
    byte[] c = challenge();
    return verifier.verifyRegistration(
        new EmulatedPasskeyClient(ORIGIN).create(RP, c, handle, "other"), ceremony(c, true));
  }

  @Test
  void zeroCounters_areAccepted() {
    browser.countUp(false);
    RegisteredCredential registered = register();
    assertThat(registered.signCount()).isZero();
    byte[] c = challenge();
    String assertion = browser.get(RP, c, List.of(), true);

    assertThat(
            verifier.verifyAssertion(assertion, ceremony(c, true), stored(registered)).signCount())
        .isZero();
  }

  @Test
  void malformedInput_isAVerificationFailure_neverAnotherException() {
    Passkey passkey = stored(register());
    String[] garbage = {
      "",
      "not json",
      "[]",
      "{}",
      "{\"id\":\"!!\",\"rawId\":\"!!\",\"type\":\"public-key\",\"response\":{}}",
      "{\"id\":\"AA\",\"rawId\":\"AA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\","
          + "\"attestationObject\":\"oA\",\"authenticatorData\":\"AA\",\"signature\":\"AA\"}}"
    };
    for (String g : garbage) {
      assertThatThrownBy(() -> verifier.verifyRegistration(g, ceremony(challenge(), true)))
          .isInstanceOf(PasskeyVerificationException.class);
      assertThatThrownBy(() -> verifier.parseAssertion(g))
          .isInstanceOf(PasskeyVerificationException.class);
      assertThatThrownBy(() -> verifier.verifyAssertion(g, ceremony(challenge(), true), passkey))
          .isInstanceOf(PasskeyVerificationException.class);
    }
    Passkey corrupt =
        new Passkey(
            passkey.id(),
            user,
            passkey.credentialId(),
            Base64.getUrlEncoder().encodeToString(new byte[] {1, 2}),
            0,
            "",
            List.of(),
            false,
            false,
            true,
            Instant.now(),
            null);
    byte[] c = challenge();
    String assertion = browser.get(RP, c, List.of(), true);
    assertThatThrownBy(() -> verifier.verifyAssertion(assertion, ceremony(c, true), corrupt))
        .isInstanceOf(PasskeyVerificationException.class);
  }

  @Test
  void transports_keepTheClientsOrder_eachOnce() {
    browser.transports = List.of("usb", "internal", "usb", "hybrid", "internal");
    assertThat(register().transports()).containsExactly("usb", "internal", "hybrid");
  }

  /**
   * Responses whose outer shape breaks WebAuthn L3 §5.1, built from a valid one: {@code id}
   * missing, not base64url, naming another credential than {@code rawId}, or padded; {@code rawId}
   * missing or empty; {@code type} missing or not {@code public-key}.
   */
  private List<String> badShapes(String valid) {
    String otherId = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {1, 2, 3});
    String paddedId = Base64.getUrlEncoder().encodeToString(new byte[] {1, 2, 3, 4});
    return List.of(
        browser.withMember(valid, "id", null),
        browser.withMember(valid, "id", "!!not base64!!"),
        browser.withMember(valid, "id", otherId),
        browser.withMember(browser.withMember(valid, "id", paddedId), "rawId", paddedId),
        browser.withMember(valid, "rawId", null),
        browser.withMember(browser.withMember(valid, "id", ""), "rawId", ""),
        browser.withMember(valid, "type", null),
        browser.withMember(valid, "type", "foo"));
  }

  @Test
  void registration_withABadIdRawIdOrType_fails() {
    byte[] c = challenge();
    String valid = browser.create(RP, c, handle, "ann");
    for (String bad : badShapes(valid)) {
      assertThatThrownBy(() -> verifier.verifyRegistration(bad, ceremony(c, true)))
          .as(bad)
          .isInstanceOf(PasskeyVerificationException.class);
    }
    assertThat(verifier.verifyRegistration(valid, ceremony(c, true)).credentialId()).isNotEmpty();
  }

  @Test
  void assertion_withABadIdRawIdOrType_fails() {
    Passkey passkey = stored(register());
    byte[] c = challenge();
    String valid = browser.get(RP, c, List.of(), true);
    for (String bad : badShapes(valid)) {
      assertThatThrownBy(() -> verifier.parseAssertion(bad))
          .as(bad)
          .isInstanceOf(PasskeyVerificationException.class);
      assertThatThrownBy(() -> verifier.verifyAssertion(bad, ceremony(c, true), passkey))
          .as(bad)
          .isInstanceOf(PasskeyVerificationException.class);
    }
    assertThat(verifier.verifyAssertion(valid, ceremony(c, true), passkey).signCount())
        .isPositive();
  }
}
