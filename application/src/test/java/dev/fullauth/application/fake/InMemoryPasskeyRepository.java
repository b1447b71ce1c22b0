package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.PasskeyRepository;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Passkeys in a map; {@link #recordUse} is a compare-and-swap as in the database. */
public final class InMemoryPasskeyRepository implements PasskeyRepository {
  public final Map<UUID, Passkey> rows = new ConcurrentHashMap<>();

  @Override
  public synchronized boolean insert(Passkey passkey) {
    if (findByCredentialId(passkey.credentialId()).isPresent()) {
      return false;
    }
    rows.put(passkey.id(), passkey);
    return true;
  }

  @Override
  public Optional<Passkey> findByCredentialId(String credentialId) {
    return rows.values().stream().filter(p -> p.credentialId().equals(credentialId)).findFirst();
  }

  @Override
  public List<Passkey> findByUser(UserId user) {
    return rows.values().stream()
        .filter(p -> p.userId().equals(user))
        .sorted(Comparator.comparing(Passkey::createdAt))
        .toList();
  }

  @Override
  public boolean delete(UserId user, UUID id) {
    return rows.values().removeIf(p -> p.id().equals(id) && p.userId().equals(user));
  }

  @Override
  public synchronized boolean recordUse(
      UUID id, long expectedCount, long newCount, boolean backedUp, Instant now) {
    Passkey p = rows.get(id);
    if (p == null || p.signCount() != expectedCount) {
      return false;
    }
    rows.put(
        id,
        new Passkey(
            p.id(),
            p.userId(),
            p.credentialId(),
            p.publicKey(),
            newCount,
            p.deviceName(),
            p.transports(),
            p.backupEligible(),
            backedUp,
            p.userVerified(),
            p.createdAt(),
            now));
    return true;
  }
}
