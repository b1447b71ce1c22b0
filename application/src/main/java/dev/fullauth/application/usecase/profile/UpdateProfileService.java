package dev.fullauth.application.usecase.profile;

import dev.fullauth.application.UseCase;
import dev.fullauth.application.port.in.profile.UpdateProfileCommand;
import dev.fullauth.application.port.in.profile.UpdateProfileUseCase;
import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.User;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Updates profile fields of the caller's account. */
@UseCase
@Transactional
public class UpdateProfileService implements UpdateProfileUseCase {
  private final UserRepository users;

  @Inject
  public UpdateProfileService(UserRepository users) {
    this.users = users;
  }

  @Override
  public User update(UpdateProfileCommand command) {
    User user =
        users
            .findById(command.userId())
            .orElseThrow(() -> new InvalidCredentialsException("user vanished"))
            .rename(command.displayName());
    users.update(user);
    return user;
  }
}
