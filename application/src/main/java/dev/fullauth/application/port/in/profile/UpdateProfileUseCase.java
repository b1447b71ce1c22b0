package dev.fullauth.application.port.in.profile;

import dev.fullauth.domain.user.InvalidDisplayNameException;
import dev.fullauth.domain.user.User;

/** Changes the caller's own profile fields (anchor §2.2 PATCH /me). */
public interface UpdateProfileUseCase {
  /**
   * @return the updated user
   * @throws InvalidDisplayNameException when the new name is too long
   */
  User update(UpdateProfileCommand command);
}
