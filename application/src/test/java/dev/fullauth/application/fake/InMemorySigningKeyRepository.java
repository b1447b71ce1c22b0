package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.SigningKeyRepository;
import dev.fullauth.application.port.out.StoredSigningKey;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Signing keys in a list, newest first, as the database keeps them. */
public final class InMemorySigningKeyRepository implements SigningKeyRepository {
  private final List<StoredSigningKey> keys = new CopyOnWriteArrayList<>();

  @Override
  public List<StoredSigningKey> findAll() {
    return keys.stream()
        .sorted(Comparator.comparing(StoredSigningKey::createdAt).reversed())
        .toList();
  }

  @Override
  public void add(StoredSigningKey key) {
    if (keys.stream().noneMatch(k -> k.kid().equals(key.kid()))) {
      keys.add(key);
    }
  }

  public int size() {
    return keys.size();
  }
}
