package dev.fullauth.domain.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules a new password must satisfy (anchor §5.8). Length is counted in code points, never bytes,
 * and nothing is truncated. All broken rules are reported together, in a fixed order.
 *
 * @param minLength minimum length in code points, at least 1
 * @param requireUppercase at least one of {@code [A-Z]}
 * @param requireLowercase at least one of {@code [a-z]}
 * @param requireDigit at least one Unicode decimal digit
 * @param requireSpecial at least one of {@value #SPECIALS}
 * @param blockList passwords refused whatever their case
 * @param rejectCommon refuse the 10,000 most common passwords ({@link CommonPasswords})
 */
public record PasswordPolicy(
    int minLength,
    boolean requireUppercase,
    boolean requireLowercase,
    boolean requireDigit,
    boolean requireSpecial,
    Set<String> blockList,
    boolean rejectCommon) {
  /** The characters that count as special. */
  public static final String SPECIALS = "!@#$%^&*(),.?\":{}|<>";

  public PasswordPolicy {
    if (minLength < 1) {
      throw new IllegalArgumentException("minLength must be at least 1");
    }
    blockList =
        blockList.stream()
            .map(p -> p.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @return the anchor's default: a minimum length of 8 and nothing else
   */
  public static PasswordPolicy defaults() {
    return new PasswordPolicy(8, false, false, false, false, Set.of(), false);
  }

  /**
   * @param password the candidate
   * @return the messages of the broken rules; empty when the password is acceptable
   */
  public List<String> violations(PlainPassword password) {
    String value = password.value();
    List<String> out = new ArrayList<>();
    if (password.codePointLength() < minLength) {
      out.add("Password must be at least " + minLength + " characters");
    }
    if (requireUppercase && value.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      out.add("Password must contain at least one uppercase letter");
    }
    if (requireLowercase && value.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      out.add("Password must contain at least one lowercase letter");
    }
    if (requireDigit && value.codePoints().noneMatch(Character::isDigit)) {
      out.add("Password must contain at least one digit");
    }
    if (requireSpecial && value.chars().noneMatch(c -> SPECIALS.indexOf(c) >= 0)) {
      out.add("Password must contain at least one special character");
    }
    if (blockList.contains(value.toLowerCase(Locale.ROOT))
        || (rejectCommon && CommonPasswords.contains(value))) {
      out.add("This password is too common");
    }
    return List.copyOf(out);
  }

  /**
   * @param password the candidate
   * @throws PasswordPolicyViolationException when any rule is broken
   */
  public void check(PlainPassword password) {
    List<String> broken = violations(password);
    if (!broken.isEmpty()) {
      throw new PasswordPolicyViolationException(broken);
    }
  }
}
