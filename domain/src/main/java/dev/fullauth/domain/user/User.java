package dev.fullauth.domain.user;

import dev.fullauth.domain.password.PasswordHash;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user account. Immutable: every change returns a new instance that the caller stores.
 *
 * <p>Invariants: the e-mail address is normalised; a user without a password hash (created by an
 * external login) cannot log in with a password; the display name is at most {@value
 * #DISPLAY_NAME_MAX} characters.
 */
public final class User {
  /** Longest accepted display name, in code points. */
  public static final int DISPLAY_NAME_MAX = 200;

  private final UserId id;
  private final EmailAddress email;
  private final PasswordHash passwordHash;
  private final boolean active;
  private final boolean verified;
  private final boolean superuser;
  private final String displayName;
  private final Instant createdAt;

  private User(
      UserId id,
      EmailAddress email,
      PasswordHash passwordHash,
      boolean active,
      boolean verified,
      boolean superuser,
      String displayName,
      Instant createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.email = Objects.requireNonNull(email, "email");
    this.passwordHash = passwordHash;
    this.active = active;
    this.verified = verified;
    this.superuser = superuser;
    this.displayName = checkDisplayName(displayName);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * A new, active, unverified, ordinary user.
   *
   * @param id new identity
   * @param email normalised address
   * @param passwordHash the hash, or null for an account without a password
   * @param now creation time
   * @return the new user
   */
  public static User register(
      UserId id, EmailAddress email, PasswordHash passwordHash, Instant now) {
    return new User(id, email, passwordHash, true, false, false, null, now);
  }

  /**
   * A user loaded from storage.
   *
   * @param passwordHash may be null
   * @param displayName may be null
   * @return the user
   */
  public static User reconstitute(
      UserId id,
      EmailAddress email,
      PasswordHash passwordHash,
      boolean active,
      boolean verified,
      boolean superuser,
      String displayName,
      Instant createdAt) {
    return new User(id, email, passwordHash, active, verified, superuser, displayName, createdAt);
  }

  /**
   * @param newHash the hash of the new password
   * @return this user with the new password
   */
  public User changePassword(PasswordHash newHash) {
    Objects.requireNonNull(newHash, "newHash");
    return new User(id, email, newHash, active, verified, superuser, displayName, createdAt);
  }

  /**
   * @param newDisplayName the new name, or null to clear it
   * @return this user with the new display name
   * @throws InvalidDisplayNameException when the name is too long or blank-but-not-empty
   */
  public User rename(String newDisplayName) {
    return new User(
        id, email, passwordHash, active, verified, superuser, newDisplayName, createdAt);
  }

  /**
   * @return this user with a confirmed e-mail address
   */
  public User confirmEmail() {
    return new User(id, email, passwordHash, active, true, superuser, displayName, createdAt);
  }

  /**
   * @return this user, deactivated: it can no longer log in or use its tokens
   */
  public User deactivate() {
    return new User(id, email, passwordHash, false, verified, superuser, displayName, createdAt);
  }

  /**
   * @return this user with superuser rights
   */
  public User promoteToSuperuser() {
    return new User(id, email, passwordHash, active, verified, true, displayName, createdAt);
  }

  private static String checkDisplayName(String name) {
    if (name != null && name.codePointCount(0, name.length()) > DISPLAY_NAME_MAX) {
      throw new InvalidDisplayNameException();
    }
    return name;
  }

  public UserId id() {
    return id;
  }

  public EmailAddress email() {
    return email;
  }

  /**
   * @return the stored hash; empty for accounts created by an external login
   */
  public Optional<PasswordHash> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public boolean isActive() {
    return active;
  }

  public boolean isVerified() {
    return verified;
  }

  public boolean isSuperuser() {
    return superuser;
  }

  /**
   * @return the display name, empty when none is set
   */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", active=" + active + ", verified=" + verified + "]";
  }
}
