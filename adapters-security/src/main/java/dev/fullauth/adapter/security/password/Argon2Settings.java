package dev.fullauth.adapter.security.password;

/**
 * Argon2id cost parameters (RFC 9106). The defaults are OWASP's second recommendation: 19 MiB, two
 * passes, one lane (CONTRACT.md item 8).
 *
 * @param memoryKib memory in KiB, at least 8 × parallelism, at most {@value #MAX_MEMORY_KIB}
 * @param iterations passes over memory, 1 to {@value #MAX_ITERATIONS}
 * @param parallelism lanes, 1 to {@value #MAX_PARALLELISM}
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {
  /** Largest memory cost a stored hash may ask for (4 GiB); larger ones are refused as hostile. */
  public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

  /** Largest pass count a stored hash may ask for. */
  public static final int MAX_ITERATIONS = 100;

  /** Largest lane count a stored hash may ask for. */
  public static final int MAX_PARALLELISM = 64;

  public Argon2Settings {
    // The same bounds as for stored hashes: a hash made with settings outside them could never be
    // verified again, and the transparent rehash would lock out everyone who logs in.
    if (!withinBounds(memoryKib, iterations, parallelism)) {
      throw new IllegalArgumentException("invalid Argon2 parameters");
    }
  }

  /**
   * @return whether m, t and p are parameters FullAuth creates and verifies
   */
  static boolean withinBounds(int memoryKib, int iterations, int parallelism) {
    return parallelism >= 1
        && parallelism <= MAX_PARALLELISM
        && iterations >= 1
        && iterations <= MAX_ITERATIONS
        && memoryKib >= 8 * parallelism
        && memoryKib <= MAX_MEMORY_KIB;
  }

  /**
   * @return m=19456, t=2, p=1
   */
  public static Argon2Settings owasp() {
    return new Argon2Settings(19456, 2, 1);
  }
}
