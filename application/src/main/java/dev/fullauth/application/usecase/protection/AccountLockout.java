package dev.fullauth.application.usecase.protection;

import dev.fullauth.application.policy.LockoutPolicy;
import dev.fullauth.application.port.out.EventPublisher;
import dev.fullauth.application.port.out.LoginAttempts;
import dev.fullauth.domain.event.AccountLocked;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Failed password checks per account, whatever the spelling of the identifier: {@code Ann@X},
 * {@code ann@x} and {@code ANN@X} share one counter, so the limit of failures cannot be multiplied
 * by varying case or spacing. The shared cache sees only a fixed-length hash of the normalised
 * identifier (known account or not), never the identifier itself, so no input size reaches it.
 */
@Dependent
public class AccountLockout {
  private final LoginAttempts attempts;
  private final LockoutPolicy policy;
  private final EventPublisher events;

  @Inject
  public AccountLockout(LoginAttempts attempts, LockoutPolicy policy, EventPublisher events) {
    this.attempts = attempts;
    this.policy = policy;
    this.events = events;
  }

  /**
   * @param identifier the login identifier as submitted, or an account's address
   * @return whether lockout is on and the identifier is locked now
   */
  public boolean isLocked(String identifier) {
    return policy.enabled() && attempts.isLocked(key(identifier));
  }

  /**
   * Counts a failed password check; the failure that locks publishes {@link AccountLocked}.
   *
   * @param identifier the login identifier as submitted, or an account's address
   */
  public void recordFailure(String identifier) {
    if (policy.enabled()
        && attempts.recordFailure(key(identifier), policy.maxAttempts(), policy.duration())) {
      events.publishAfterCommit(new AccountLocked(identifier));
    }
  }

  /**
   * Forgets the failures after a correct password.
   *
   * @param identifier the login identifier as submitted, or an account's address
   */
  public void clear(String identifier) {
    if (policy.enabled()) {
      attempts.clear(key(identifier));
    }
  }

  /**
   * @return {@code lockout:} and the SHA-256 of the identifier stripped and lower-cased, as stored
   *     addresses are
   */
  static String key(String identifier) {
    String normalised = identifier.strip().toLowerCase(Locale.ROOT);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return "lockout:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
