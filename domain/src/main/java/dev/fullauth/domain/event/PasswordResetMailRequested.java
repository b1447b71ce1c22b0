package dev.fullauth.domain.event;

import dev.fullauth.domain.user.EmailAddress;
import java.util.Objects;

/**
 * A password-reset link was minted and queued for delivery. FullAuth sends the mail itself; an
 * observer may add another channel. The token is a secret: {@code toString} hides it.
 *
 * @param email the recipient
 * @param token the single-use token of the link
 */
public record PasswordResetMailRequested(EmailAddress email, String token) implements AuthEvent {
  public PasswordResetMailRequested {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(token, "token");
  }

  @Override
  public String toString() {
    return "PasswordResetMailRequested[email=" + email + ", token=redacted]";
  }
}
