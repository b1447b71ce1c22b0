package dev.fullauth.application.port.out;

import java.util.List;

/**
 * Persists signing keys so that tokens survive restarts and every node signs with the same keys.
 */
public interface SigningKeyRepository {
  /**
   * @return every stored key, newest first
   */
  List<StoredSigningKey> findAll();

  /** Stores a new key; a key id that exists already is ignored. */
  void add(StoredSigningKey key);
}
