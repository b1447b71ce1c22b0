package dev.fullauth.application.usecase.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.fake.SessionStoreDelegate;
import dev.fullauth.application.policy.TokenPolicy;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.in.session.RefreshCommand;
import dev.fullauth.application.port.in.session.RefreshResult;
import dev.fullauth.application.port.in.session.TokenPair;
import dev.fullauth.application.port.out.SessionStore;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefreshSessionServiceTest {
  private final Fixture f = new Fixture();

  private RefreshResult refresh(String token) {
    return f.refresh().refresh(new RefreshCommand(token, ClientInfo.unknown()));
  }

  @Test
  void refresh_rotatesTheToken_withinTheSameSession() {
    TokenPair first = f.registeredAndLoggedIn("ann@example.com", "password123").tokens();
    RefreshResult result = refresh(first.refreshToken());
    assertThat(result).isInstanceOf(RefreshResult.Refreshed.class);
    TokenPair second = ((RefreshResult.Refreshed) result).tokens();
    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(second.session()).isEqualTo(first.session());
    assertThat(f.sessions.ofSession(first.session()))
        .hasSize(2)
        .filteredOn(RefreshToken::revoked)
        .hasSize(1);
  }

  @Test
  void staleToken_isRejected_andBurnsTheWholeSession() {
    TokenPair first = f.registeredAndLoggedIn("ann@example.com", "password123").tokens();
    TokenPair second = ((RefreshResult.Refreshed) refresh(first.refreshToken())).tokens();

    assertThat(refresh(first.refreshToken())).isInstanceOf(RefreshResult.Rejected.class);

    assertThat(f.sessions.ofSession(first.session())).allMatch(RefreshToken::revoked);
    assertThat(refresh(second.refreshToken())).isInstanceOf(RefreshResult.Rejected.class);
    assertThat(f.revocations.isSessionRevoked(first.session())).isTrue();
  }

  @Test
  void accessToken_isNotARefreshToken() {
    TokenPair pair = f.registeredAndLoggedIn("ann@example.com", "password123").tokens();
    assertThat(refresh(pair.accessToken())).isInstanceOf(RefreshResult.Rejected.class);
    assertThat(refresh("garbage")).isInstanceOf(RefreshResult.Rejected.class);
  }

  @Test
  void expiredRefreshToken_isRejected() {
    TokenPair pair = f.registeredAndLoggedIn("ann@example.com", "password123").tokens();
    f.clock.advance(Duration.ofDays(31));
    assertThat(refresh(pair.refreshToken())).isInstanceOf(RefreshResult.Rejected.class);
  }

  @Test
  void deactivatedUser_cannotRefresh() {
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    f.users.update(in.user().deactivate());
    assertThat(refresh(in.tokens().refreshToken())).isInstanceOf(RefreshResult.Rejected.class);
  }

  @Test
  void withoutRotation_theSameRefreshTokenIsReturned_andStaysUsable() {
    f.tokenPolicy =
        new TokenPolicy(Duration.ofMinutes(30), Duration.ofDays(30), false, Duration.ofSeconds(30));
    TokenPair pair = f.registeredAndLoggedIn("ann@example.com", "password123").tokens();
    for (int i = 0; i < 3; i++) {
      TokenPair next = ((RefreshResult.Refreshed) refresh(pair.refreshToken())).tokens();
      assertThat(next.refreshToken()).isEqualTo(pair.refreshToken());
      assertThat(next.accessToken()).isNotEqualTo(pair.accessToken());
    }
    assertThat(f.sessions.all()).hasSize(1);
  }

  @Test
  void concurrentRefreshesOfOneToken_haveExactlyOneWinner() throws Exception {
    TokenPair pair = f.registeredAndLoggedIn("ann@example.com", "password123").tokens();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<RefreshResult>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> refresh(pair.refreshToken()));
      }
      List<RefreshResult> results = new ArrayList<>();
      for (Future<RefreshResult> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      assertThat(results).filteredOn(r -> r instanceof RefreshResult.Refreshed).hasSize(1);
      assertThat(f.revocations.isSessionRevoked(pair.session())).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withoutRotation_aRevocationThatCommittedAfterTheTokenWasRead_isHonoured() {
    f.tokenPolicy =
        new TokenPolicy(Duration.ofMinutes(30), Duration.ofDays(30), false, Duration.ofSeconds(30));
    var in = f.registeredAndLoggedIn("ann@example.com", "password123");
    RefreshTokenHash hash = RefreshTokenHash.of(in.tokens().refreshToken());
    RefreshToken asReadBefore = f.sessions.findByHash(hash).orElseThrow();
    f.sessions.revokeAllOf(in.user().id());
    // The plain read still shows the row as it was before the concurrent revocation committed.
    SessionStore staleReads =
        new SessionStoreDelegate(f.sessions) {
          @Override
          public Optional<RefreshToken> findByHash(RefreshTokenHash h) {
            return h.equals(hash) ? Optional.of(asReadBefore) : super.findByHash(h);
          }
        };
    RefreshSessionService service =
        new RefreshSessionService(
            f.tokens, staleReads, f.users, f.issuer(), f.revoker(), f.tokenPolicy);

    assertThat(
            service.refresh(new RefreshCommand(in.tokens().refreshToken(), ClientInfo.unknown())))
        .isInstanceOf(RefreshResult.Rejected.class);
  }
}
