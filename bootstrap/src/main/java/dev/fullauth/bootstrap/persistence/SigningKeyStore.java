package dev.fullauth.bootstrap.persistence;

import dev.fullauth.adapter.persistence.key.JpaSigningKeyRepository;
import dev.fullauth.application.port.out.SecretCipher;
import dev.fullauth.application.port.out.SigningKeyRepository;
import dev.fullauth.application.port.out.StoredSigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signing keys as the key ring sees them.
 *
 * <ul>
 *   <li>Each call runs in a transaction of its own, never in the request's: a key generated because
 *       a rotation fell due during a request that then rolls back is still stored, so no node ever
 *       signs with a key the others cannot find.
 *   <li>With {@code FULLAUTH_SECRET_KEY} set, private keys are stored sealed (AES-GCM with a key
 *       derived from the secret), so a database dump alone cannot sign tokens. Without it (a
 *       development start with a random secret) they are stored as they are, or a restart could not
 *       read them. Keys stored before sealing was on stay readable.
 * </ul>
 */
@ApplicationScoped
public class SigningKeyStore implements SigningKeyRepository {
  private static final Logger LOG = Logger.getLogger(SigningKeyStore.class.getName());

  @PersistenceContext(unitName = "fullauth")
  EntityManager em;

  @Inject SecretCipher cipher;

  @Inject
  @ConfigProperty(name = "fullauth.secret.key")
  Optional<String> secretKey;

  private boolean sealing() {
    return secretKey.filter(s -> !s.isBlank()).isPresent();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<StoredSigningKey> findAll() {
    return new JpaSigningKeyRepository(em)
        .findAll().stream().map(this::opened).flatMap(Optional::stream).toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(StoredSigningKey key) {
    new JpaSigningKeyRepository(em)
        .add(
            sealing()
                ? new StoredSigningKey(
                    key.kid(), key.algorithm(), cipher.seal(key.privateJwk()), key.createdAt())
                : key);
  }

  private Optional<StoredSigningKey> opened(StoredSigningKey stored) {
    if (stored.privateJwk().startsWith("{")) {
      return Optional.of(stored);
    }
    try {
      return Optional.of(
          new StoredSigningKey(
              stored.kid(),
              stored.algorithm(),
              cipher.open(stored.privateJwk()),
              stored.createdAt()));
    } catch (IllegalArgumentException e) {
      LOG.severe(
          "signing key "
              + stored.kid()
              + " was sealed with another FULLAUTH_SECRET_KEY; it is ignored on this node");
      return Optional.empty();
    }
  }
}
