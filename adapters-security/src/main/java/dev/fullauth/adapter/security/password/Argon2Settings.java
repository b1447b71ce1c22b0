package dev.fullauth.adapter.security.password;

/**
 * Argon2id cost parameters (RFC 9106). The defaults are OWASP's second recommendation: 19 MiB, two
 * passes, one lane (CONTRACT.md item 8).
 *
 * @param memoryKib memory in KiB, at least 8 × parallelism
 * @param iterations passes over memory, at least 1
 * @param parallelism lanes, at least 1
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {
  public Argon2Settings {
    if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
      throw new IllegalArgumentException("invalid Argon2 parameters");
    }
  }

  /**
   * @return m=19456, t=2, p=1
   */
  public static Argon2Settings owasp() {
    return new Argon2Settings(19456, 2, 1);
  }
}
