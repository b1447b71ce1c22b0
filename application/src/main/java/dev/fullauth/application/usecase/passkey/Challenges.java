package dev.fullauth.application.usecase.passkey;

import dev.fullauth.application.policy.PasskeyPolicy;
import dev.fullauth.application.port.out.OneTimeStore;
import dev.fullauth.application.port.out.PasskeyVerifier;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.UserId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Challenges in the shared one-time store (anchor §7.2): 64 random bytes under {@code
 * passkey:reg:<32 hex>} or {@code passkey:auth:<32 hex>}. Unlike the anchor, a registration
 * challenge also remembers the user it was issued to, and a key is only accepted by the ceremony
 * that issued it.
 */
@Dependent
public class Challenges {
  /** A ceremony type. */
  enum Kind {
    REGISTRATION("passkey:reg:"),
    AUTHENTICATION("passkey:auth:");

    final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  /**
   * @param key the store key, given to the client
   * @param challenge the challenge bytes
   */
  record Issued(String key, byte[] challenge) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final OneTimeStore store;
  private final PasskeyPolicy policy;

  @Inject
  public Challenges(OneTimeStore store, PasskeyPolicy policy) {
    this.store = store;
    this.policy = policy;
  }

  /**
   * @return what the verifier must check for a ceremony with this challenge
   */
  PasskeyVerifier.Ceremony ceremony(byte[] challenge) {
    return new PasskeyVerifier.Ceremony(
        challenge, policy.rpId(), policy.origins(), policy.requireUserVerification());
  }

  /**
   * @return the WebAuthn user handle of an account: the UTF-8 bytes of its id (as the anchor)
   */
  static byte[] userHandle(UserId user) {
    return user.toString().getBytes(StandardCharsets.UTF_8);
  }

  Issued issue(Kind kind, String owner) {
    byte[] challenge = new byte[64];
    RANDOM.nextBytes(challenge);
    String key = kind.prefix + TimeOrderedIds.randomHex128();
    store.put(key, owner + "|" + B64.encodeToString(challenge), policy.challengeTtl());
    return new Issued(key, challenge);
  }

  /**
   * Consumes the challenge; it is gone even when the ceremony then fails.
   *
   * @param owner the user the challenge must have been issued to ("" for authentication)
   * @return the challenge bytes, or empty when unknown, used, expired, of another ceremony or
   *     another user
   */
  Optional<byte[]> take(Kind kind, String key, String owner) {
    if (key == null || !key.startsWith(kind.prefix)) {
      return Optional.empty();
    }
    return store
        .take(key)
        .filter(v -> v.startsWith(owner + "|"))
        .map(v -> Base64.getUrlDecoder().decode(v.substring(owner.length() + 1)));
  }
}
