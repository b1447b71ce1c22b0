package dev.fullauth.adapter.persistence.user;

import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;

/** Maps users between the domain and their rows, by hand. */
final class UserJpaMapper {
  private UserJpaMapper() {}

  static User toDomain(UserJpaEntity row) {
    return User.reconstitute(
        new UserId(row.id),
        new EmailAddress(row.email),
        row.hashedPassword == null ? null : new PasswordHash(row.hashedPassword),
        row.active,
        row.verified,
        row.superuser,
        row.displayName,
        row.createdAt);
  }

  static void copy(User user, UserJpaEntity row) {
    row.id = user.id().value();
    row.email = user.email().value();
    row.hashedPassword = user.passwordHash().map(PasswordHash::encoded).orElse(null);
    row.active = user.isActive();
    row.verified = user.isVerified();
    row.superuser = user.isSuperuser();
    row.displayName = user.displayName().orElse(null);
    row.createdAt = user.createdAt();
  }
}
