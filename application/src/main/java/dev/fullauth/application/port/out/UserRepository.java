package dev.fullauth.application.port.out;

import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Stores user accounts. Joins the caller's transaction. */
public interface UserRepository {
  /**
   * @return the user, or empty
   */
  Optional<User> findById(UserId id);

  /**
   * @return the user with this (normalised) address, or empty
   */
  Optional<User> findByEmail(EmailAddress email);

  /**
   * Adds a new account.
   *
   * @throws UserAlreadyExistsException when the address is taken, also when a concurrent insert
   *     wins the race; the caller's transaction stays usable (other store errors propagate)
   */
  void insert(User user);

  /** Saves the changed state of an existing account; a missing account is ignored. */
  void update(User user);

  /** Deletes an account and everything that belongs to it; a missing account is ignored. */
  void delete(UserId id);

  /**
   * @return the names of the roles held by the user, sorted; empty when none
   */
  List<String> roleNamesOf(UserId id);
}
