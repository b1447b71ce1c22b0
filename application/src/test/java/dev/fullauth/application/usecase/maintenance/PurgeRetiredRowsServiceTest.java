package dev.fullauth.application.usecase.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.policy.RetentionPolicy;
import dev.fullauth.application.port.in.maintenance.PurgeResult;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.mail.MailTemplate;
import dev.fullauth.domain.mail.OutboxMail;
import dev.fullauth.domain.session.RefreshToken;
import dev.fullauth.domain.session.RefreshTokenHash;
import dev.fullauth.domain.session.SessionId;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeRetiredRowsServiceTest {
  private final Fixture f = new Fixture();
  private final UserId ann = UserId.generate(f.clock.instant());

  private RefreshToken token(Instant expiresAt, boolean revoked) {
    return new RefreshToken(
        UUID.randomUUID(),
        RefreshTokenHash.of(UUID.randomUUID().toString()),
        ann,
        SessionId.generate(),
        expiresAt,
        revoked,
        null,
        null,
        expiresAt.minus(Duration.ofDays(30)));
  }

  private OutboxMail mail(Instant createdAt) {
    return OutboxMail.queue(
        EmailAddress.of("ann@example.com"), MailTemplate.RESET_PASSWORD, "en", createdAt);
  }

  private PurgeRetiredRowsService service(int batch) {
    return new PurgeRetiredRowsService(
        f.sessions, f.outbox, new RetentionPolicy(Duration.ofDays(7), batch), f.clock);
  }

  @Test
  void tokensExpiredLongerThanTheGrace_go_revokedOrNot_othersStay() {
    Instant now = f.clock.instant();
    RefreshToken longExpired = token(now.minus(Duration.ofDays(8)), false);
    RefreshToken longExpiredRevoked = token(now.minus(Duration.ofDays(9)), true);
    RefreshToken recentlyExpired = token(now.minus(Duration.ofDays(6)), false);
    RefreshToken revokedButUnexpired = token(now.plus(Duration.ofDays(1)), true);
    for (RefreshToken t :
        new RefreshToken[] {
          longExpired, longExpiredRevoked, recentlyExpired, revokedButUnexpired
        }) {
      f.sessions.add(t);
    }

    PurgeResult result = service(100).purgeBatch();

    assertThat(result.refreshTokens()).isEqualTo(2);
    assertThat(result.full()).isFalse();
    assertThat(f.sessions.all()).containsExactlyInAnyOrder(recentlyExpired, revokedButUnexpired);
  }

  @Test
  void finishedMailsOlderThanTheGrace_go_pendingOnesStayWhateverTheirAge() {
    Instant now = f.clock.instant();
    OutboxMail oldDelivered = mail(now.minus(Duration.ofDays(8))).delivered(now);
    OutboxMail oldSkipped = mail(now.minus(Duration.ofDays(8))).skipped();
    OutboxMail oldPending = mail(now.minus(Duration.ofDays(30)));
    OutboxMail recentDelivered = mail(now.minus(Duration.ofDays(1))).delivered(now);
    for (OutboxMail m : new OutboxMail[] {oldDelivered, oldSkipped, oldPending, recentDelivered}) {
      f.outbox.enqueue(m);
    }

    assertThat(service(100).purgeBatch().mails()).isEqualTo(2);
    assertThat(f.outbox.all()).containsExactlyInAnyOrder(oldPending, recentDelivered);
  }

  @Test
  void oneBatch_deletesAtMostTheBatchSize_andSaysWhenMoreMayWait() {
    Instant old = f.clock.instant().minus(Duration.ofDays(10));
    for (int i = 0; i < 5; i++) {
      f.sessions.add(token(old, false));
    }
    PurgeRetiredRowsService purge = service(2);

    assertThat(purge.purgeBatch().full()).isTrue();
    assertThat(purge.purgeBatch().full()).isTrue();
    PurgeResult last = purge.purgeBatch();
    assertThat(last.refreshTokens()).isEqualTo(1);
    assertThat(last.full()).isFalse();
    assertThat(f.sessions.all()).isEmpty();
    assertThat(purge.purgeBatch().refreshTokens()).isZero();
  }
}
