package dev.fullauth.application.port.in.admin;

import dev.fullauth.domain.user.User;
import java.util.Set;

/**
 * Decides whether a user holds one of some roles, read from storage on every call so that role
 * changes apply on the next request (anchor §1.3, §8.3); superusers hold every role.
 */
public interface CheckRoleUseCase {
  /**
   * @return whether the user holds at least one of the roles
   */
  boolean holdsAny(User user, Set<String> roles);
}
