package dev.fullauth.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address in its stored form: trimmed and lower-cased, at most 320 characters, with a
 * local part, an {@code @} and a domain that contains a dot.
 *
 * @param value the normalised address, never null
 */
public record EmailAddress(String value) {
  /** Longest address the store accepts (RFC 5321 path limits: 64 + 1 + 255). */
  public static final int MAX_LENGTH = 320;

  private static final Pattern SHAPE =
      Pattern.compile(
          "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@"
              + "(?=.{1,255}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

  public EmailAddress {
    Objects.requireNonNull(value, "value");
    if (!isValid(value) || !value.equals(normalise(value))) {
      throw new InvalidEmailAddressException();
    }
  }

  /**
   * Normalises and validates user input.
   *
   * @param input the address as submitted
   * @return the stored form
   * @throws InvalidEmailAddressException when the input is not an address
   */
  public static EmailAddress of(String input) {
    if (input == null) {
      throw new InvalidEmailAddressException();
    }
    return new EmailAddress(normalise(input));
  }

  /**
   * @param input any text, may be null
   * @return the stored form, or empty when {@link #of} would refuse the input
   */
  public static Optional<EmailAddress> parse(String input) {
    return isValid(input) ? Optional.of(of(input)) : Optional.empty();
  }

  /**
   * @param input any text, may be null
   * @return whether {@link #of} would accept it
   */
  public static boolean isValid(String input) {
    if (input == null) {
      return false;
    }
    String candidate = normalise(input);
    if (candidate.length() > MAX_LENGTH || !SHAPE.matcher(candidate).matches()) {
      return false;
    }
    String local = candidate.substring(0, candidate.indexOf('@'));
    return !local.startsWith(".") && !local.endsWith(".") && !local.contains("..");
  }

  private static String normalise(String input) {
    return input.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
