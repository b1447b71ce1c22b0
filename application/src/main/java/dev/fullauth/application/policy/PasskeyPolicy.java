package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The WebAuthn relying party (anchor §7.1).
 *
 * @param enabled whether passkey routes work
 * @param rpId the relying-party id, a bare host such as {@code example.com}
 * @param rpName the name shown by authenticators
 * @param origins the exact origins allowed in client data, e.g. {@code https://app.example.com}
 * @param challengeTtl how long a challenge stays usable
 * @param recentLogin how long after a login (password, OAuth or passkey) the session may add a
 *     passkey: a stolen access token alone cannot plant a lasting credential
 * @param requireUserVerification whether the UV flag is required (and advertised as required)
 */
public record PasskeyPolicy(
    boolean enabled,
    String rpId,
    String rpName,
    Set<String> origins,
    Duration challengeTtl,
    boolean requireUserVerification,
    Duration recentLogin) {
  /** How recent a login must be to add a passkey, unless configured otherwise. */
  public static final Duration RECENT_LOGIN = Duration.ofMinutes(5);

  /** A policy with the default {@link #RECENT_LOGIN}. */
  public PasskeyPolicy(
      boolean enabled,
      String rpId,
      String rpName,
      Set<String> origins,
      Duration challengeTtl,
      boolean requireUserVerification) {
    this(enabled, rpId, rpName, origins, challengeTtl, requireUserVerification, RECENT_LOGIN);
  }

  /**
   * COSE algorithms offered at registration and accepted by verification: EdDSA, ES256, RS256 (the
   * anchor's py_webauthn defaults, in its order).
   */
  public static final List<Integer> ALGORITHMS = List.of(-8, -7, -257);

  public PasskeyPolicy {
    Objects.requireNonNull(challengeTtl, "challengeTtl");
    Objects.requireNonNull(recentLogin, "recentLogin");
    origins = Set.copyOf(origins);
    if (enabled && (rpId == null || rpId.isBlank() || origins.isEmpty())) {
      throw new IllegalArgumentException("passkeys need a relying-party id and origins");
    }
    if (challengeTtl.isNegative() || challengeTtl.isZero()) {
      throw new IllegalArgumentException("the challenge lifetime must be positive");
    }
  }

  /**
   * @return passkeys switched off
   */
  public static PasskeyPolicy disabled() {
    return new PasskeyPolicy(false, null, null, Set.of(), Duration.ofSeconds(60), true);
  }
}
