package dev.fullauth.domain.shared;

/**
 * Root of every exception that FullAuth's domain and application layers throw on purpose.
 *
 * <p>Subclasses are named after the rule that was broken. Messages never contain secrets
 * (passwords, tokens, hashes): they may be logged and, for some subclasses, shown to clients.
 */
public abstract class AuthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message a description of the broken rule, free of secrets
   */
  protected AuthException(String message) {
    super(message, null, false, false);
  }
}
