package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PlainPassword;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transparent "hash" ({@code v1:<password>}) that counts its calls; for unit tests only. The
 * prefix stands for algorithm and parameters: only hashes with the current prefix cost what the
 * dummy costs.
 */
public final class PrefixPasswordHasher implements PasswordHasher {
  public final AtomicInteger hashes = new AtomicInteger();
  public final AtomicInteger dummyVerifications = new AtomicInteger();

  /** Verifications at the configured cost: the dummy and hashes with the current prefix. */
  public final AtomicInteger configuredCostVerifications = new AtomicInteger();

  private String prefix = "v1:";

  @Override
  public PasswordHash hash(PlainPassword password) {
    hashes.incrementAndGet();
    return new PasswordHash(prefix + password.value());
  }

  @Override
  public boolean verify(PlainPassword password, PasswordHash hash) {
    if (costsLikeDummy(hash)) {
      configuredCostVerifications.incrementAndGet();
    }
    return hash.encoded().substring(hash.encoded().indexOf(':') + 1).equals(password.value());
  }

  @Override
  public boolean needsRehash(PasswordHash hash) {
    return !hash.encoded().startsWith(prefix);
  }

  @Override
  public void verifyDummy(PlainPassword password) {
    dummyVerifications.incrementAndGet();
    configuredCostVerifications.incrementAndGet();
  }

  @Override
  public boolean costsLikeDummy(PasswordHash hash) {
    return hash.encoded().startsWith(prefix);
  }

  /** Changes the "parameters", so that existing hashes need a rehash. */
  public void upgradeTo(String newPrefix) {
    prefix = newPrefix;
  }
}
