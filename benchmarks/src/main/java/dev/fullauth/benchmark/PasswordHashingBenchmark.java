package dev.fullauth.benchmark;

import dev.fullauth.adapter.security.password.Argon2PasswordHasher;
import dev.fullauth.adapter.security.password.Argon2Settings;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PlainPassword;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of one password hash and one verification with the default Argon2id parameters (m=19456 KiB,
 * t=2, p=1), which bounds login and registration latency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashingBenchmark {
  private Argon2PasswordHasher hasher;
  private PasswordHash stored;
  private final PlainPassword password = new PlainPassword("correct horse battery staple");

  @Setup
  public void setUp() {
    hasher =
        new Argon2PasswordHasher(
            Argon2PasswordHasher.Algorithm.ARGON2ID, Argon2Settings.owasp(), 12);
    stored = hasher.hash(password);
  }

  @Benchmark
  public PasswordHash hashArgon2id() {
    return hasher.hash(password);
  }

  @Benchmark
  public boolean verifyArgon2id() {
    return hasher.verify(password, stored);
  }
}
