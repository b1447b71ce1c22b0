package dev.fullauth.adapter.security.password;

import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.ServerBusyException;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PlainPassword;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once. Each Argon2id run holds its whole memory cost (19
 * MiB by default) for its duration, so a burst of logins would otherwise allocate that much per
 * concurrent request; and hashing is CPU-bound, so running more hashes than there are cores only
 * slows each of them down. Callers wait for a slot in arrival order (a fair semaphore) up to {@code
 * maxWait}; past it the request is refused with {@link ServerBusyException} (503) instead of piling
 * up.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
  private final PasswordHasher hasher;
  private final Semaphore slots;
  private final int permits;
  private final Duration maxWait;

  /**
   * @param hasher the hasher that does the work
   * @param permits hashes allowed at once, at least 1
   * @param maxWait longest wait for a slot
   */
  public BoundedPasswordHasher(PasswordHasher hasher, int permits, Duration maxWait) {
    if (permits < 1 || maxWait.isNegative()) {
      throw new IllegalArgumentException("at least one hashing slot and a non-negative wait");
    }
    this.hasher = hasher;
    this.permits = permits;
    this.slots = new Semaphore(permits, true);
    this.maxWait = maxWait;
  }

  @Override
  public PasswordHash hash(PlainPassword password) {
    return bounded(() -> hasher.hash(password));
  }

  @Override
  public boolean verify(PlainPassword password, PasswordHash hash) {
    return bounded(() -> hasher.verify(password, hash));
  }

  @Override
  public void verifyDummy(PlainPassword password) {
    bounded(
        () -> {
          hasher.verifyDummy(password);
          return null;
        });
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return hasher.needsRehash(hash);
  }

  @Override
  public boolean costsLikeDummy(PasswordHash hash) {
    return hasher.costsLikeDummy(hash);
  }

  /**
   * @return hashing slots free now (for tests and metrics)
   */
  public int freeSlots() {
    return slots.availablePermits();
  }

  /**
   * @return hashing slots in all
   */
  public int slots() {
    return permits;
  }

  private <T> T bounded(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerBusyException("interrupted while waiting for a hashing slot", 1);
    }
    if (!acquired) {
      throw new ServerBusyException(
          "no password hashing slot free within " + maxWait.toMillis() + " ms",
          Math.max(1, maxWait.toSeconds()));
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }
}
