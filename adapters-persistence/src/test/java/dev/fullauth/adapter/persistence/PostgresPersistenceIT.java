package dev.fullauth.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;

/** The persistence contract on the local PostgreSQL server. */
class PostgresPersistenceIT extends PersistenceAdapterContract {
  @BeforeAll
  static void open() throws Exception {
    db = TestDatabase.open(TestDatabase.Kind.POSTGRESQL);
  }

  @Override
  boolean concurrentUpserts() {
    return true;
  }
}
