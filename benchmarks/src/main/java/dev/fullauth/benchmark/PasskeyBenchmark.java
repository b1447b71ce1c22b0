package dev.fullauth.benchmark;

import dev.fullauth.adapter.security.cipher.AesGcmSecretCipher;
import dev.fullauth.adapter.security.passkey.EmulatedPasskeyClient;
import dev.fullauth.adapter.security.passkey.WebAuthn4jPasskeyVerifier;
import dev.fullauth.application.port.out.PasskeyVerifier.Ceremony;
import dev.fullauth.application.port.out.PasskeyVerifier.RegisteredCredential;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Server-side cost of the passkey ceremonies (webauthn4j, ES256 credential from the emulator) and
 * of sealing an OAuth provider token: the CPU a passkey login or an OAuth callback adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PasskeyBenchmark {
  private static final String ORIGIN = "https://app.example";
  private final WebAuthn4jPasskeyVerifier verifier = new WebAuthn4jPasskeyVerifier();
  private final AesGcmSecretCipher cipher =
      new AesGcmSecretCipher("benchmark-secret-of-at-least-32-characters");
  private final byte[] challenge = new byte[64];
  private Ceremony ceremony;
  private String registration;
  private String assertion;
  private Passkey passkey;
  private String sealed;

  @Setup
  public void setUp() {
    new java.security.SecureRandom().nextBytes(challenge);
    ceremony = new Ceremony(challenge, "app.example", Set.of(ORIGIN), true);
    EmulatedPasskeyClient browser = new EmulatedPasskeyClient(ORIGIN);
    UserId user = new UserId(UUID.randomUUID());
    registration =
        browser.create(
            "app.example", challenge, user.toString().getBytes(StandardCharsets.UTF_8), "ann");
    RegisteredCredential c = verifier.verifyRegistration(registration, ceremony);
    passkey =
        new Passkey(
            UUID.randomUUID(),
            user,
            c.credentialId(),
            c.publicKey(),
            0,
            "",
            c.transports(),
            false,
            false,
            true,
            Instant.now(),
            null);
    // Counter 0 against a stored 0 keeps the assertion valid on every iteration.
    browser.countUp(false);
    assertion = browser.get("app.example", challenge, List.of(), true);
    sealed = cipher.seal("gho_16C7e42F292c6912E7710c838347Ae178B4a");
  }

  @Benchmark
  public Object verifyRegistration() {
    return verifier.verifyRegistration(registration, ceremony);
  }

  @Benchmark
  public Object verifyAssertion() {
    return verifier.verifyAssertion(assertion, ceremony, passkey);
  }

  @Benchmark
  public Object sealProviderToken() {
    return cipher.seal("gho_16C7e42F292c6912E7710c838347Ae178B4a");
  }

  @Benchmark
  public Object openProviderToken() {
    return cipher.open(sealed);
  }
}
