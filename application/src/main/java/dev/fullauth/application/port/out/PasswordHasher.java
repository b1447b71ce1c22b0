package dev.fullauth.application.port.out;

import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.password.PlainPassword;

/** Hashes and verifies passwords with a slow, salted function. */
public interface PasswordHasher {
  /**
   * @throws PasswordPolicyViolationException when the configured algorithm cannot take this
   *     password (bcrypt's 72-byte limit)
   */
  PasswordHash hash(PlainPassword password);

  /**
   * Verifies in time independent of where the password differs. A malformed or unknown stored hash
   * is a mismatch, never an error.
   */
  boolean verify(PlainPassword password, PasswordHash hash);

  /**
   * @return whether the hash uses another algorithm or other parameters than the configured ones
   */
  boolean needsRehash(PasswordHash hash);

  /**
   * Spends the time of one verification against a fixed hash, so that an unknown account answers as
   * slowly as a known one (anchor §5.2).
   */
  void verifyDummy(PlainPassword password);

  /**
   * Whether verifying this stored hash does the work of {@link #verifyDummy}: the configured
   * algorithm at the configured cost. False for hashes of another algorithm or cost (imported or
   * not yet upgraded) and for malformed hashes, whose verification costs more, less or nothing.
   */
  boolean costsLikeDummy(PasswordHash hash);
}
