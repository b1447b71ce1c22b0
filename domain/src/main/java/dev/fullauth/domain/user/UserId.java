package dev.fullauth.domain.user;

import dev.fullauth.domain.shared.TimeOrderedIds;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identity of a user: a UUID (version 7 for new users).
 *
 * @param value the UUID, never null
 */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * @param now creation time, which orders the id
   * @return a fresh time-ordered id
   */
  public static UserId generate(Instant now) {
    return new UserId(TimeOrderedIds.uuidV7(now));
  }

  /**
   * Parses the textual form used in tokens ({@code sub}).
   *
   * @param text any string, may be null
   * @return the id, or empty when the text is not a UUID
   */
  public static Optional<UserId> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(new UserId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
