package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.UserRepository;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Users in a map, with the store's unique e-mail rule. */
public final class InMemoryUserRepository implements UserRepository {
  private final Map<UserId, User> users = new ConcurrentHashMap<>();
  private final Map<UserId, List<String>> roles = new ConcurrentHashMap<>();

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public Optional<User> findByEmail(EmailAddress email) {
    return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
  }

  @Override
  public synchronized void insert(User user) {
    if (findByEmail(user.email()).isPresent()) {
      throw new UserAlreadyExistsException();
    }
    users.put(user.id(), user);
  }

  @Override
  public void update(User user) {
    users.computeIfPresent(user.id(), (id, old) -> user);
  }

  @Override
  public void delete(UserId id) {
    users.remove(id);
    roles.remove(id);
  }

  @Override
  public List<String> roleNamesOf(UserId id) {
    return roles.getOrDefault(id, List.of()).stream().sorted().toList();
  }

  public int count() {
    return users.size();
  }

  public void grant(UserId id, String role) {
    roles.computeIfAbsent(id, k -> new ArrayList<>()).add(role);
  }

  public void revoke(UserId id, String role) {
    roles.getOrDefault(id, new ArrayList<>()).remove(role);
  }

  public int size() {
    return users.size();
  }
}
