package dev.fullauth.application.fake;

import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Provider links in a map keyed by provider identity. */
public final class InMemoryOAuthAccountRepository implements OAuthAccountRepository {
  public final Map<String, OAuthAccount> rows = new ConcurrentHashMap<>();

  @Override
  public Optional<OAuthAccount> find(String provider, String providerUserId) {
    return Optional.ofNullable(rows.get(provider + "\n" + providerUserId));
  }

  @Override
  public List<OAuthAccount> findByUser(UserId user) {
    return rows.values().stream()
        .filter(a -> a.userId().equals(user))
        .sorted(Comparator.comparing(OAuthAccount::createdAt))
        .toList();
  }

  @Override
  public boolean insert(OAuthAccount account) {
    return rows.putIfAbsent(account.provider() + "\n" + account.providerUserId(), account) == null;
  }

  @Override
  public void update(OAuthAccount account) {
    rows.put(account.provider() + "\n" + account.providerUserId(), account);
  }

  @Override
  public boolean delete(UserId user, String provider) {
    return rows.values().removeIf(a -> a.userId().equals(user) && a.provider().equals(provider));
  }
}
