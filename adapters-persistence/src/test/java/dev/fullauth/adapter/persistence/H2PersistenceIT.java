package dev.fullauth.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** The persistence contract on the embedded H2 default. */
class H2PersistenceIT extends PersistenceAdapterContract {
  @BeforeAll
  static void open() throws Exception {
    db = TestDatabase.open(TestDatabase.Kind.H2);
  }

  @Override
  boolean concurrentUpserts() {
    return false;
  }
}
