package dev.fullauth.adapter.security.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.port.out.PasswordHasher;
import dev.fullauth.application.port.out.ServerBusyException;
import dev.fullauth.domain.password.PasswordHash;
import dev.fullauth.domain.password.PlainPassword;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedPasswordHasherTest {
  /** A hasher whose every call waits until released, counting how many run at once. */
  private static final class Gate implements PasswordHasher {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    private void work() {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.decrementAndGet();
      }
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
      work();
      return new PasswordHash("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    }

    @Override
    public boolean verify(PlainPassword password, PasswordHash hash) {
      work();
      return true;
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return false;
    }

    @Override
    public void verifyDummy(PlainPassword password) {
      work();
    }

    @Override
    public boolean costsLikeDummy(PasswordHash hash) {
      return true;
    }
  }

  @Test
  void atMostThePermitsHashAtOnce_andALongWaitIsRefusedAsBusy() throws Exception {
    Gate gate = new Gate();
    BoundedPasswordHasher bounded = new BoundedPasswordHasher(gate, 2, Duration.ofMillis(200));
    PlainPassword pw = new PlainPassword("correct horse");
    // Own threads: the common pool may have a single worker on a small machine.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    Future<?> first = threads.submit(() -> bounded.verifyDummy(pw));
    Future<?> second = threads.submit(() -> bounded.hash(pw));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (bounded.freeSlots() > 0) {
      assertThat(System.nanoTime()).as("both calls hold a slot").isLessThan(deadline);
      Thread.sleep(5);
    }

    assertThatThrownBy(() -> bounded.verify(pw, null))
        .isInstanceOf(ServerBusyException.class)
        .satisfies(e -> assertThat(((ServerBusyException) e).retryAfterSeconds()).isEqualTo(1));

    gate.release.countDown();
    first.get(10, TimeUnit.SECONDS);
    second.get(10, TimeUnit.SECONDS);
    assertThat(gate.mostAtOnce.get()).isEqualTo(2);
    assertThat(bounded.freeSlots()).isEqualTo(2);
    assertThat(bounded.verify(pw, null)).isTrue();
    threads.shutdownNow();
  }
}
