package dev.fullauth.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.adapter.persistence.key.JpaSigningKeyRepository;
import dev.fullauth.adapter.persistence.mail.JpaMailOutbox;
import dev.fullauth.adapter.persistence.oauth.JpaOAuthAccountRepository;
import dev.fullauth.adapter.persistence.passkey.JpaPasskeyRepository;
import dev.fullauth.adapter.persistence.role.JpaRoleRepository;
import dev.fullauth.adapter.persistence.schema.SchemaMigrator;
import dev.fullauth.adapter.persistence.session.JpaSessionStore;
import dev.fullauth.adapter.persistence.user.JpaUserRepository;
import dev.fullauth.application.fake.MutableClock;
import dev.fullauth.application.port.out.RevokedSession;
import dev.fullauth.application.port.out.RevokedSessions;
import dev.fullauth.application.port.out.StoredSigningKey;
import dev.fullauth.domain.mail.MailStatus;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.passkey.Passkey;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.role.PermissionName;
import dev.fullauth.domain.role.RoleName;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.session.SessionSummary;
import dev.fullauth.domain.shared.TimeOrderedIds;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import dev.fullauth.domain.user.UserId;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What every database must do for the JPA adapters; run against PostgreSQL and H2. */
abstract class PersistenceAdapterContract {
  static TestDatabase db;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final MutableClock clock = new MutableClock(now);

  /**
   * @return whether duplicate role/permission assignments may race (PostgreSQL: yes)
   */
  abstract boolean concurrentUpserts();

  @AfterAll
  static void close() {
    db.close();
  }

  private User user(String email) {
    return User.register(
        UserId.generate(now), EmailAddress.of(email), new PasswordHash("$argon2id$x"), now);
  }

  private User newUser(String email) {
    User user = user(email);
    db.run(em -> new JpaUserRepository(em).insert(user));
    return user;
  }

  private RefreshToken token(User user, SessionId session) {
    return new RefreshToken(
        TimeOrderedIds.uuidV7(now),
        RefreshTokenHash.of(UUID.randomUUID().toString()),
        user.id(),
        session,
        now.plusSeconds(3600),
        false,
        "agent",
        "10.0.0.1",
        now);
  }

  private RefreshToken tokenAt(
      User user, SessionId session, Instant createdAt, Instant expiresAt, boolean revoked) {
    return new RefreshToken(
        TimeOrderedIds.uuidV7(createdAt),
        RefreshTokenHash.of(UUID.randomUUID().toString()),
        user.id(),
        session,
        expiresAt,
        revoked,
        "agent",
        "10.0.0.1",
        createdAt);
  }

  private OutboxMail oldMail(Instant createdAt) {
    return OutboxMail.queue(
        EmailAddress.of("old-" + UUID.randomUUID() + "@example.com"),
        MailTemplate.VERIFY_EMAIL,
        "en",
        createdAt);
  }

  @Test
  void migrations_areIdempotent() {
    assertThat(SchemaMigrator.migrate(db.dataSource())).isZero();
  }

  @Test
  void users_roundTrip_andAreFoundByNormalisedEmail() {
    User ann = newUser("ann-" + UUID.randomUUID() + "@example.com");
    User loaded = userByEmail(ann.email()).orElseThrow();
    assertThat(loaded.id()).isEqualTo(ann.id());
    assertThat(loaded.createdAt()).isEqualTo(ann.createdAt());
    assertThat(loaded.passwordHash()).contains(new PasswordHash("$argon2id$x"));
    db.run(em -> new JpaUserRepository(em).update(loaded.rename("Ann").confirmEmail()));
    User updated = userById(ann.id()).orElseThrow();
    assertThat(updated.displayName()).contains("Ann");
    assertThat(updated.isVerified()).isTrue();
  }

  @Test
  void duplicateEmail_isRefusedByTheStore() {
    String email = "dup-" + UUID.randomUUID() + "@example.com";
    newUser(email);
    assertThatThrownBy(() -> newUser(email)).isInstanceOf(UserAlreadyExistsException.class);
  }

  @Test
  void duplicateEmail_leavesTheTransactionUsable_forAnotherWriteThatCommits() {
    String email = "dup2-" + UUID.randomUUID() + "@example.com";
    newUser(email);
    User other = user("other-" + UUID.randomUUID() + "@example.com");

    boolean refused =
        db.inTransaction(
            em -> {
              JpaUserRepository users = new JpaUserRepository(em);
              boolean taken = false;
              try {
                users.insert(user(email));
              } catch (UserAlreadyExistsException e) {
                taken = true;
              }
              users.insert(other);
              return taken;
            });

    assertThat(refused).isTrue();
    assertThat(userById(other.id())).isPresent();
  }

  @Test
  void otherConstraintViolations_areNotATakenAddress() {
    User ann = newUser("pk-clash-" + UUID.randomUUID() + "@example.com");
    User sameId =
        User.register(
            ann.id(),
            EmailAddress.of("pk-clash-" + UUID.randomUUID() + "@example.com"),
            new PasswordHash("$argon2id$x"),
            now);

    assertThatThrownBy(() -> db.run(em -> new JpaUserRepository(em).insert(sameId)))
        .isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(UserAlreadyExistsException.class);
  }

  @Test
  void concurrentRegistrationsOfOneAddress_storeOneAccount_andTheOthersLearnItIsTaken()
      throws Exception {
    String email = "race-" + UUID.randomUUID() + "@example.com";
    int racers = 4;
    CountDownLatch ready = new CountDownLatch(racers);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      List<Future<Boolean>> inserted = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        inserted.add(
            pool.submit(
                () ->
                    db.<Boolean>inTransaction(
                        em -> {
                          ready.countDown();
                          await(ready);
                          try {
                            new JpaUserRepository(em).insert(user(email));
                            return true;
                          } catch (UserAlreadyExistsException e) {
                            return false;
                          }
                        })));
      }
      int winners = 0;
      for (Future<Boolean> f : inserted) {
        winners += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void deletingAUser_deletesItsSessions() {
    User ann = newUser("del-" + UUID.randomUUID() + "@example.com");
    RefreshToken t = token(ann, SessionId.generate());
    db.run(em -> store(em).add(t));
    db.run(em -> new JpaUserRepository(em).delete(ann.id()));
    assertThat(tokenByHash(t.hash())).isEmpty();
    assertThat(userById(ann.id())).isEmpty();
  }

  @Test
  void oauthLinks_roundTrip_updateDelete_andDieWithTheirUser() {
    User ann = newUser("oauth-" + UUID.randomUUID() + "@example.com");
    String sub = "sub-" + UUID.randomUUID();
    OAuthAccount link =
        new OAuthAccount(
            UUID.randomUUID(), ann.id(), "corp", sub, "ann@corp.test", "v1.a", null, now);
    db.run(em -> new JpaOAuthAccountRepository(em).insert(link));

    assertThat(
            db.<Optional<OAuthAccount>>inTransaction(
                em -> new JpaOAuthAccountRepository(em).find("corp", sub)))
        .hasValueSatisfying(
            a -> {
              assertThat(a.userId()).isEqualTo(ann.id());
              assertThat(a.sealedAccessToken()).isEqualTo("v1.a");
              assertThat(a.createdAt()).isEqualTo(now);
            });
    db.run(
        em ->
            new JpaOAuthAccountRepository(em)
                .update(link.refreshed("new@corp.test", "v1.b", "v1.c")));
    assertThat(
            db.<List<OAuthAccount>>inTransaction(
                em -> new JpaOAuthAccountRepository(em).findByUser(ann.id())))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.providerEmail()).isEqualTo("new@corp.test");
              assertThat(a.sealedRefreshToken()).isEqualTo("v1.c");
            });
    assertThat(
            db.<Boolean>inTransaction(
                em -> new JpaOAuthAccountRepository(em).delete(ann.id(), "other")))
        .isFalse();
    assertThat(
            db.<Boolean>inTransaction(
                em -> new JpaOAuthAccountRepository(em).delete(ann.id(), "corp")))
        .isTrue();

    db.run(em -> new JpaOAuthAccountRepository(em).insert(link));
    db.run(em -> new JpaUserRepository(em).delete(ann.id()));
    assertThat(
            db.<Optional<OAuthAccount>>inTransaction(
                em -> new JpaOAuthAccountRepository(em).find("corp", sub)))
        .isEmpty();
  }

  @Test
  void secondLinkOfOneIdentity_isRefusedByTheStore() {
    User ann = newUser("oauth2-" + UUID.randomUUID() + "@example.com");
    String sub = "sub-" + UUID.randomUUID();
    db.run(
        em ->
            new JpaOAuthAccountRepository(em)
                .insert(
                    new OAuthAccount(
                        UUID.randomUUID(), ann.id(), "corp", sub, null, null, null, now)));
    String otherSub = "sub-" + UUID.randomUUID();

    // The refusal leaves the transaction usable: a further link in it commits.
    boolean secondLinked =
        db.inTransaction(
            em -> {
              JpaOAuthAccountRepository accounts = new JpaOAuthAccountRepository(em);
              boolean linked =
                  accounts.insert(
                      new OAuthAccount(
                          UUID.randomUUID(), ann.id(), "corp", sub, null, null, null, now));
              accounts.insert(
                  new OAuthAccount(
                      UUID.randomUUID(), ann.id(), "other", otherSub, null, null, null, now));
              return linked;
            });

    assertThat(secondLinked).isFalse();
    assertThat(
            db.<List<OAuthAccount>>inTransaction(
                em -> new JpaOAuthAccountRepository(em).findByUser(ann.id())))
        .extracting(OAuthAccount::providerUserId)
        .containsExactlyInAnyOrder(sub, otherSub);
  }

  private Passkey passkey(User owner, String credentialId, long count) {
    return new Passkey(
        UUID.randomUUID(),
        owner.id(),
        credentialId,
        "cose-key",
        count,
        "Laptop",
        List.of("hybrid", "internal"),
        true,
        false,
        true,
        now,
        null);
  }

  @Test
  void passkeyTransports_comeBackInTheClientsOrder() {
    User ann = newUser("pk-order-" + UUID.randomUUID() + "@example.com");
    Passkey p = passkey(ann, "cred-" + UUID.randomUUID(), 0);
    Passkey unsorted =
        new Passkey(
            p.id(),
            p.userId(),
            p.credentialId(),
            p.publicKey(),
            p.signCount(),
            p.deviceName(),
            List.of("usb", "nfc", "internal", "usb", "hybrid", "ble"),
            p.backupEligible(),
            p.backedUp(),
            p.userVerified(),
            p.createdAt(),
            p.lastUsedAt());
    db.run(em -> new JpaPasskeyRepository(em).insert(unsorted));

    assertThat(
            db.<Optional<Passkey>>inTransaction(
                    em -> new JpaPasskeyRepository(em).findByCredentialId(p.credentialId()))
                .orElseThrow()
                .transports())
        .containsExactly("usb", "nfc", "internal", "hybrid", "ble");
  }

  @Test
  void passkeys_roundTrip_areUniquePerCredential_andDieWithTheirUser() {
    User ann = newUser("pk-" + UUID.randomUUID() + "@example.com");
    String credentialId = "cred-" + UUID.randomUUID();
    Passkey stored = passkey(ann, credentialId, 3);
    db.run(em -> new JpaPasskeyRepository(em).insert(stored));

    assertThat(
            db.<Optional<Passkey>>inTransaction(
                em -> new JpaPasskeyRepository(em).findByCredentialId(credentialId)))
        .contains(stored);
    assertThat(
            db.<List<Passkey>>inTransaction(
                em -> new JpaPasskeyRepository(em).findByUser(ann.id())))
        .containsExactly(stored);
    // A taken credential id is reported, and the transaction stays usable for another insert.
    Passkey second = passkey(ann, "cred-" + UUID.randomUUID(), 0);
    assertThat(
            db.<Boolean>inTransaction(
                em -> {
                  JpaPasskeyRepository repository = new JpaPasskeyRepository(em);
                  boolean added = repository.insert(passkey(ann, credentialId, 0));
                  repository.insert(second);
                  return added;
                }))
        .isFalse();
    assertThat(
            db.<List<Passkey>>inTransaction(
                em -> new JpaPasskeyRepository(em).findByUser(ann.id())))
        .containsExactlyInAnyOrder(stored, second);

    db.run(em -> new JpaUserRepository(em).delete(ann.id()));
    assertThat(
            db.<Optional<Passkey>>inTransaction(
                em -> new JpaPasskeyRepository(em).findByCredentialId(credentialId)))
        .isEmpty();
  }

  @Test
  void passkeyUse_isACompareAndSwapOnTheCounter_andDeleteIsScopedToTheOwner() throws Exception {
    User ann = newUser("pk2-" + UUID.randomUUID() + "@example.com");
    User bob = newUser("pk3-" + UUID.randomUUID() + "@example.com");
    Passkey stored = passkey(ann, "cred-" + UUID.randomUUID(), 3);
    db.run(em -> new JpaPasskeyRepository(em).insert(stored));

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        long next = 4 + i;
        racers.add(
            pool.submit(
                () ->
                    db.<Boolean>inTransaction(
                        em ->
                            new JpaPasskeyRepository(em)
                                .recordUse(stored.id(), 3, next, true, now))));
      }
      int winners = 0;
      for (Future<Boolean> r : racers) {
        winners += r.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    Passkey after =
        db.<Optional<Passkey>>inTransaction(
                em -> new JpaPasskeyRepository(em).findByCredentialId(stored.credentialId()))
            .orElseThrow();
    assertThat(after.signCount()).isBetween(4L, 7L);
    assertThat(after.lastUsedAt()).isEqualTo(now);
    assertThat(after.backedUp()).isTrue();

    assertThat(
            db.<Boolean>inTransaction(
                em -> new JpaPasskeyRepository(em).delete(bob.id(), stored.id())))
        .isFalse();
    assertThat(
            db.<Boolean>inTransaction(
                em -> new JpaPasskeyRepository(em).delete(ann.id(), stored.id())))
        .isTrue();
  }

  @Test
  void roleNames_comeFromTheRoleTables() {
    User ann = newUser("roles-" + UUID.randomUUID() + "@example.com");
    db.run(
        em -> {
          for (String role : List.of("zeta-" + ann.id(), "alpha-" + ann.id())) {
            UUID id = UUID.randomUUID();
            em.createNativeQuery("INSERT INTO fullauth_roles (id, name) VALUES (?1, ?2)")
                .setParameter(1, id)
                .setParameter(2, role)
                .executeUpdate();
            em.createNativeQuery(
                    "INSERT INTO fullauth_user_roles (user_id, role_id) VALUES (?1, ?2)")
                .setParameter(1, ann.id().value())
                .setParameter(2, id)
                .executeUpdate();
          }
        });
    assertThat(roles(ann.id())).containsExactly("alpha-" + ann.id(), "zeta-" + ann.id());
  }

  @Test
  void refreshTokens_roundTrip_andRevokeByCompareAndSwap() {
    User ann = newUser("cas-" + UUID.randomUUID() + "@example.com");
    RefreshToken t = token(ann, SessionId.generate());
    db.run(em -> store(em).add(t));
    assertThat(tokenByHash(t.hash())).contains(t);
    assertThat(cas(t.hash())).isTrue();
    assertThat(cas(t.hash())).isFalse();
    assertThat(tokenByHash(t.hash()).orElseThrow().revoked()).isTrue();
  }

  @Test
  void concurrentCompareAndSwaps_haveExactlyOneWinner() throws Exception {
    User ann = newUser("race-" + UUID.randomUUID() + "@example.com");
    RefreshToken t = token(ann, SessionId.generate());
    db.run(em -> store(em).add(t));
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> cas(t.hash()));
      }
      int winners = 0;
      for (Future<Boolean> f : pool.invokeAll(calls)) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sessionRevocation_isScopedToItsOwner() {
    User ann = newUser("own-" + UUID.randomUUID() + "@example.com");
    User bob = newUser("bob-" + UUID.randomUUID() + "@example.com");
    SessionId annSession = SessionId.generate();
    SessionId annOther = SessionId.generate();
    db.run(
        em -> {
          JpaSessionStore store = store(em);
          store.add(token(ann, annSession));
          store.add(token(ann, annSession));
          store.add(token(ann, annOther));
        });
    assertThat(revokeSession(bob.id(), annSession)).isFalse();
    assertThat(revokeAllExcept(ann.id(), annSession)).containsExactly(annOther);
    Set<SessionId> rest = revokeAll(ann.id());
    assertThat(rest).containsExactly(annSession);
    assertThat(revokeSession(ann.id(), annSession)).isTrue();
  }

  @Test
  void liveSessions_summariseEachLiveFamilyOnce_newestUseFirst_andAreBounded() {
    User ann = newUser("live-" + UUID.randomUUID() + "@example.com");
    SessionId rotated = SessionId.generate();
    SessionId dead = SessionId.generate();
    SessionId expired = SessionId.generate();
    SessionId newest = SessionId.generate();
    RefreshToken first = tokenAt(ann, rotated, now.minusSeconds(300), now.plusSeconds(3600), true);
    RefreshToken second =
        tokenAt(ann, rotated, now.minusSeconds(200), now.plusSeconds(3600), false);
    db.run(
        em -> {
          JpaSessionStore store = store(em);
          store.add(first);
          store.add(second);
          store.add(tokenAt(ann, dead, now.minusSeconds(100), now.plusSeconds(3600), true));
          store.add(tokenAt(ann, expired, now.minusSeconds(90), now.minusSeconds(1), false));
          store.add(tokenAt(ann, newest, now.minusSeconds(50), now.plusSeconds(3600), false));
        });

    List<SessionSummary> live = liveSessions(ann.id(), 100);
    assertThat(live).extracting(SessionSummary::sessionId).containsExactly(newest, rotated);
    SessionSummary summary = live.get(1);
    assertThat(summary.createdAt()).isEqualTo(first.createdAt());
    assertThat(summary.lastUsedAt()).isEqualTo(second.createdAt());
    assertThat(summary.expiresAt()).isEqualTo(second.expiresAt());
    assertThat(summary.ipAddress()).isEqualTo("10.0.0.1");
    assertThat(summary.current()).isFalse();
    assertThat(liveSessions(ann.id(), 1))
        .extracting(SessionSummary::sessionId)
        .containsExactly(newest);
  }

  @Test
  void purgeExpired_deletesTokensExpiredBeforeTheCutoff_inBatches_andIsIdempotent() {
    User ann = newUser("purge-" + UUID.randomUUID() + "@example.com");
    // Far in the past, so that rows of other tests never fall under the cutoff.
    Instant longAgo = now.minus(3650, ChronoUnit.DAYS);
    Instant cutoff = longAgo.plusSeconds(60);
    List<RefreshToken> old = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      old.add(tokenAt(ann, SessionId.generate(), longAgo, longAgo.plusSeconds(i), i == 0));
    }
    RefreshToken kept = tokenAt(ann, SessionId.generate(), longAgo, cutoff.plusSeconds(1), true);
    db.run(
        em -> {
          JpaSessionStore store = store(em);
          old.forEach(store::add);
          store.add(kept);
        });

    assertThat(purgeTokens(cutoff, 2)).isEqualTo(2);
    assertThat(purgeTokens(cutoff, 2)).isEqualTo(1);
    assertThat(purgeTokens(cutoff, 2)).isZero();
    old.forEach(t -> assertThat(tokenByHash(t.hash())).isEmpty());
    assertThat(tokenByHash(kept.hash())).contains(kept);
  }

  @Test
  void purgeFinished_deletesOldFinishedMails_neverPendingOnes() {
    Instant longAgo = now.minus(3650, ChronoUnit.DAYS);
    Instant cutoff = longAgo.plusSeconds(60);
    OutboxMail delivered = oldMail(longAgo).delivered(longAgo.plusSeconds(1));
    OutboxMail skipped = oldMail(longAgo).skipped();
    OutboxMail pending = oldMail(longAgo);
    OutboxMail recent = oldMail(cutoff.plusSeconds(1)).delivered(cutoff.plusSeconds(2));
    db.run(
        em -> {
          JpaMailOutbox outbox = new JpaMailOutbox(em);
          for (OutboxMail m : List.of(delivered, skipped, pending, recent)) {
            outbox.enqueue(m);
          }
        });

    assertThat(purgeMails(cutoff, 1)).isEqualTo(1);
    assertThat(purgeMails(cutoff, 10)).isEqualTo(1);
    assertThat(purgeMails(cutoff, 10)).isZero();
    assertThat(mail(delivered.id())).isEmpty();
    assertThat(mail(skipped.id())).isEmpty();
    assertThat(mail(pending.id())).isPresent();
    assertThat(mail(recent.id())).isPresent();
  }

  @Test
  void bulkRevocation_reportsTheSessionOfATokenRotatedWhileItWaited() throws Exception {
    User ann = newUser("bulk-" + UUID.randomUUID() + "@example.com");
    SessionId rotating = SessionId.generate();
    SessionId other = SessionId.generate();
    RefreshToken old = token(ann, rotating);
    RefreshToken successor = token(ann, rotating);
    db.run(
        em -> {
          store(em).add(old);
          store(em).add(token(ann, other));
        });
    CountDownLatch rotated = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // A refresh: its compare-and-swap holds the old row's lock until it commits the successor.
      Future<Boolean> rotation =
          pool.submit(
              () ->
                  db.<Boolean>inTransaction(
                      em -> {
                        boolean won = store(em).revokeIfLive(old.hash());
                        store(em).add(successor);
                        rotated.countDown();
                        await(commit);
                        return won;
                      }));
      assertThat(rotated.await(10, TimeUnit.SECONDS)).isTrue();
      Future<RevokedSessions> revocation =
          pool.submit(
              () -> db.<RevokedSessions>inTransaction(em -> store(em).revokeAllOf(ann.id())));
      // Let the revocation reach the locked row and wait there (if it has not, it runs after the
      // rotation and must give the same answer).
      Thread.sleep(500);
      commit.countDown();
      assertThat(rotation.get(20, TimeUnit.SECONDS)).isTrue();
      RevokedSessions revoked = revocation.get(20, TimeUnit.SECONDS);

      assertThat(tokenByHash(successor.hash()).orElseThrow().revoked()).isTrue();
      assertThat(revoked.sessions()).containsExactlyInAnyOrder(rotating, other);
    } finally {
      commit.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void lostCompareAndSwap_findsTheRowOfABulkRevocation() {
    User ann = newUser("lost-" + UUID.randomUUID() + "@example.com");
    RefreshToken t = token(ann, SessionId.generate());
    db.run(em -> store(em).add(t));
    assertThat(revokeAll(ann.id())).containsExactly(t.sessionId());
    assertThat(cas(t.hash())).isFalse();
    assertThat(db.<Boolean>inTransaction(em -> store(em).lockIfLive(t.hash()))).isFalse();
  }

  @Test
  void lockIfLive_tellsLiveFromRevokedAndUnknownTokens() {
    User ann = newUser("lock-" + UUID.randomUUID() + "@example.com");
    RefreshToken t = token(ann, SessionId.generate());
    db.run(em -> store(em).add(t));
    assertThat(db.<Boolean>inTransaction(em -> store(em).lockIfLive(t.hash()))).isTrue();
    assertThat(
            db.<Boolean>inTransaction(
                em -> store(em).lockIfLive(RefreshTokenHash.of(UUID.randomUUID().toString()))))
        .isFalse();
    assertThat(cas(t.hash())).isTrue();
    assertThat(db.<Boolean>inTransaction(em -> store(em).lockIfLive(t.hash()))).isFalse();
  }

  @Test
  void revokedSince_listsRevokedSessions_atTheirLastRevocation_butNotRotatedOnes() {
    User ann = newUser("since-" + UUID.randomUUID() + "@example.com");
    SessionId loggedOut = SessionId.generate();
    SessionId rotated = SessionId.generate();
    SessionId revokedLater = SessionId.generate();
    RefreshToken first = token(ann, rotated);
    db.run(
        em -> {
          store(em).add(token(ann, loggedOut));
          store(em).add(first);
          store(em).add(token(ann, revokedLater));
        });
    Instant early = clock.instant();
    assertThat(revokeSession(ann.id(), loggedOut)).isTrue();
    assertThat(cas(first.hash())).isTrue();
    db.run(em -> store(em).add(token(ann, rotated)));
    clock.advance(Duration.ofMinutes(10));
    Instant late = clock.instant();
    assertThat(revokeAllExcept(ann.id(), rotated)).containsExactly(revokedLater);

    Set<SessionId> mine = Set.of(loggedOut, rotated, revokedLater);
    assertThat(revokedSince(early))
        .filteredOn(r -> mine.contains(r.session()))
        .containsExactlyInAnyOrder(
            new RevokedSession(loggedOut, early), new RevokedSession(revokedLater, late));
    assertThat(revokedSince(early.plus(Duration.ofMinutes(5))))
        .filteredOn(r -> mine.contains(r.session()))
        .containsExactly(new RevokedSession(revokedLater, late));
  }

  @Test
  void signingKeys_arePersisted_newestFirst() {
    String kid1 = "k1-" + UUID.randomUUID().toString().substring(0, 8);
    String kid2 = "k2-" + UUID.randomUUID().toString().substring(0, 8);
    db.run(
        em -> {
          JpaSigningKeyRepository keys = new JpaSigningKeyRepository(em);
          keys.add(new StoredSigningKey(kid1, "ES256", "{\"kty\":\"EC\"}", now.minusSeconds(60)));
          keys.add(new StoredSigningKey(kid2, "ES256", "{\"kty\":\"EC\"}", now));
          keys.add(new StoredSigningKey(kid2, "ES256", "{\"kty\":\"EC\"}", now));
        });
    List<StoredSigningKey> all = keys();
    assertThat(all).extracting(StoredSigningKey::kid).containsSubsequence(kid2, kid1);
  }

  @Test
  void outbox_queuesClaimsOnceAndRecordsTheOutcome() {
    OutboxMail mail =
        OutboxMail.queue(
            EmailAddress.of("mail-" + UUID.randomUUID() + "@example.com"),
            MailTemplate.RESET_PASSWORD,
            "de-CH",
            now.minusSeconds(1));
    db.run(em -> new JpaMailOutbox(em).enqueue(mail));
    assertThat(db.<List<UUID>>inTransaction(em -> new JpaMailOutbox(em).dueIds(now, 1000)))
        .contains(mail.id());
    assertThat(
            db.<Boolean>inTransaction(
                em -> new JpaMailOutbox(em).claim(mail.id(), now, now.plusSeconds(60))))
        .isTrue();
    assertThat(
            db.<Boolean>inTransaction(
                em -> new JpaMailOutbox(em).claim(mail.id(), now, now.plusSeconds(60))))
        .isFalse();
    assertThat(db.<List<UUID>>inTransaction(em -> new JpaMailOutbox(em).dueIds(now, 1000)))
        .doesNotContain(mail.id());
    OutboxMail failed = mail.failed(now, "smtp down", Duration.ofSeconds(5), Duration.ofMinutes(1));
    db.run(em -> new JpaMailOutbox(em).save(failed));
    OutboxMail loaded =
        db.<Optional<OutboxMail>>inTransaction(em -> new JpaMailOutbox(em).find(mail.id()))
            .orElseThrow();
    assertThat(loaded.attempts()).isEqualTo(1);
    assertThat(loaded.lastError()).isEqualTo("smtp down");
    assertThat(loaded.locale()).isEqualTo("de-CH");
    assertThat(loaded.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
    db.run(em -> new JpaMailOutbox(em).save(loaded.delivered(now)));
    assertThat(
            db.<Optional<OutboxMail>>inTransaction(em -> new JpaMailOutbox(em).find(mail.id()))
                .orElseThrow()
                .status())
        .isEqualTo(MailStatus.DELIVERED);
  }

  @Test
  void roles_andPermissions_areIdempotent_andUnitedPerUser() throws Exception {
    User ann = newUser("rbac-" + UUID.randomUUID() + "@example.com");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    RoleName editor = new RoleName("editor-" + suffix);
    RoleName author = new RoleName("author-" + suffix);
    // Concurrent duplicates are the production database's promise (ON CONFLICT DO NOTHING); H2's
    // MERGE is idempotent only sequentially (see concurrentUpserts()).
    ExecutorService pool = Executors.newFixedThreadPool(concurrentUpserts() ? 6 : 1);
    try {
      List<Callable<Object>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(
            () -> {
              db.run(
                  em -> {
                    JpaRoleRepository roles = new JpaRoleRepository(em);
                    roles.assignRole(ann.id(), editor);
                    roles.assignPermission(editor, new PermissionName("posts:edit"));
                  });
              return null;
            });
      }
      for (Future<Object> f : pool.invokeAll(calls)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    db.run(
        em -> {
          JpaRoleRepository roles = new JpaRoleRepository(em);
          roles.assignRole(ann.id(), author);
          roles.assignPermission(author, new PermissionName("posts:create"));
          roles.assignPermission(author, new PermissionName("posts:edit"));
        });
    assertThat(roles(ann.id())).containsExactly(author.value(), editor.value());
    assertThat(
            db.<Set<String>>inTransaction(em -> new JpaRoleRepository(em).permissionsOf(ann.id())))
        .containsExactlyInAnyOrder("posts:edit", "posts:create");
    assertThat(
            db.<List<String>>inTransaction(em -> new JpaRoleRepository(em).permissionsOf(author)))
        .containsExactly("posts:create", "posts:edit");
    db.run(
        em -> {
          JpaRoleRepository roles = new JpaRoleRepository(em);
          roles.removeRole(ann.id(), author);
          roles.removeRole(ann.id(), new RoleName("never-existed"));
          roles.removePermission(editor, new PermissionName("posts:edit"));
        });
    assertThat(
            db.<Set<String>>inTransaction(em -> new JpaRoleRepository(em).permissionsOf(ann.id())))
        .isEmpty();
    assertThat(
            db.<List<String>>inTransaction(
                em -> new JpaRoleRepository(em).permissionsOf(new RoleName("nope"))))
        .isEmpty();
  }

  private JpaSessionStore store(EntityManager em) {
    return new JpaSessionStore(em, clock);
  }

  private Optional<User> userByEmail(EmailAddress email) {
    return db.<Optional<User>>inTransaction(em -> new JpaUserRepository(em).findByEmail(email));
  }

  private Optional<User> userById(UserId id) {
    return db.<Optional<User>>inTransaction(em -> new JpaUserRepository(em).findById(id));
  }

  private Optional<RefreshToken> tokenByHash(RefreshTokenHash hash) {
    return db.<Optional<RefreshToken>>inTransaction(em -> store(em).findByHash(hash));
  }

  private List<SessionSummary> liveSessions(UserId owner, int max) {
    return db.<List<SessionSummary>>inTransaction(em -> store(em).liveSessionsOf(owner, now, max));
  }

  private int purgeTokens(Instant cutoff, int max) {
    return db.<Integer>inTransaction(em -> store(em).purgeExpired(cutoff, max));
  }

  private int purgeMails(Instant cutoff, int max) {
    return db.<Integer>inTransaction(em -> new JpaMailOutbox(em).purgeFinished(cutoff, max));
  }

  private Optional<OutboxMail> mail(UUID id) {
    return db.<Optional<OutboxMail>>inTransaction(em -> new JpaMailOutbox(em).find(id));
  }

  private boolean cas(RefreshTokenHash hash) {
    return db.<Boolean>inTransaction(em -> store(em).revokeIfLive(hash));
  }

  private boolean revokeSession(UserId owner, SessionId session) {
    return db.<Boolean>inTransaction(em -> store(em).revokeSession(owner, session));
  }

  private Set<SessionId> revokeAllExcept(UserId owner, SessionId keep) {
    return db.<Set<SessionId>>inTransaction(
        em -> store(em).revokeAllOfExcept(owner, keep).sessions());
  }

  private Set<SessionId> revokeAll(UserId owner) {
    return db.<Set<SessionId>>inTransaction(em -> store(em).revokeAllOf(owner).sessions());
  }

  private List<RevokedSession> revokedSince(Instant since) {
    return db.<List<RevokedSession>>inTransaction(em -> store(em).revokedSince(since));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<String> roles(UserId id) {
    return db.<List<String>>inTransaction(em -> new JpaUserRepository(em).roleNamesOf(id));
  }

  private List<StoredSigningKey> keys() {
    return db.<List<StoredSigningKey>>inTransaction(
        em -> new JpaSigningKeyRepository(em).findAll());
  }
}
