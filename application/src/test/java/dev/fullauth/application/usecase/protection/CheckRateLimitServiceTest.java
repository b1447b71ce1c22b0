package dev.fullauth.application.usecase.protection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.fake.InMemoryRateLimiter;
import dev.fullauth.application.fake.MutableClock;
import dev.fullauth.application.policy.RateLimitPolicy;
import dev.fullauth.application.port.in.protection.RateBucket;
import dev.fullauth.application.port.in.protection.RateLimitExceededException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckRateLimitServiceTest {
  private final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");
  private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

  @Test
  void buckets_countPerClient_inASlidingWindow_andTellWhenToRetry() {
    CheckRateLimitService check = new CheckRateLimitService(limiter, RateLimitPolicy.defaults());
    for (int i = 0; i < 3; i++) {
      check.check(RateBucket.REGISTER, "10.0.0.1");
      clock.advance(Duration.ofSeconds(10));
    }
    assertThatThrownBy(() -> check.check(RateBucket.REGISTER, "10.0.0.1"))
        .isInstanceOfSatisfying(
            RateLimitExceededException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.limit()).isEqualTo(3);
              org.assertj.core.api.Assertions.assertThat(e.retryAfterSeconds()).isEqualTo(30);
            });
    assertThatCode(() -> check.check(RateBucket.REGISTER, "10.0.0.2")).doesNotThrowAnyException();
    assertThatCode(() -> check.check(RateBucket.LOGIN, "10.0.0.1")).doesNotThrowAnyException();
    clock.advance(Duration.ofSeconds(31));
    assertThatCode(() -> check.check(RateBucket.REGISTER, "10.0.0.1")).doesNotThrowAnyException();
  }

  @Test
  void overridesAndTheSwitch_areHonoured() {
    CheckRateLimitService one =
        new CheckRateLimitService(
            limiter,
            new RateLimitPolicy(true, Duration.ofSeconds(60), Map.of(RateBucket.LOGIN, 1)));
    one.check(RateBucket.LOGIN, "c");
    assertThatThrownBy(() -> one.check(RateBucket.LOGIN, "c"))
        .isInstanceOf(RateLimitExceededException.class);
    CheckRateLimitService off =
        new CheckRateLimitService(
            limiter,
            new RateLimitPolicy(false, Duration.ofSeconds(60), Map.of(RateBucket.LOGIN, 1)));
    assertThatCode(() -> off.check(RateBucket.LOGIN, "c")).doesNotThrowAnyException();
  }

  @Test
  void ipv6Clients_countPerSlash64_andIpv4MappedAddressesAsTheirIpv4() {
    CheckRateLimitService check = new CheckRateLimitService(limiter, RateLimitPolicy.defaults());
    check.check(RateBucket.REGISTER, "2001:db8:1:2::1");
    check.check(RateBucket.REGISTER, "2001:db8:1:2:ffff:ffff:ffff:fffe");
    check.check(RateBucket.REGISTER, "[2001:0DB8:0001:0002:0:0:0:3]");

    assertThatThrownBy(() -> check.check(RateBucket.REGISTER, "2001:db8:1:2:abcd::9%eth0"))
        .as("a fourth address of the same /64")
        .isInstanceOf(RateLimitExceededException.class);
    assertThatCode(() -> check.check(RateBucket.REGISTER, "2001:db8:1:3::1"))
        .as("the neighbouring /64")
        .doesNotThrowAnyException();

    check.check(RateBucket.REGISTER, "::ffff:10.0.0.7");
    check.check(RateBucket.REGISTER, "10.0.0.7");
    check.check(RateBucket.REGISTER, "::ffff:10.0.0.7");
    assertThatThrownBy(() -> check.check(RateBucket.REGISTER, "10.0.0.7"))
        .isInstanceOf(RateLimitExceededException.class);
  }

  @Test
  void clientNetwork_neverResolvesNames_andKeepsOddInput() {
    org.assertj.core.api.Assertions.assertThat(ClientNetwork.of("unknown")).isEqualTo("unknown");
    org.assertj.core.api.Assertions.assertThat(ClientNetwork.of("example.com:80"))
        .isEqualTo("example.com:80");
    org.assertj.core.api.Assertions.assertThat(ClientNetwork.of("1:2:3")).isEqualTo("1:2:3");
    org.assertj.core.api.Assertions.assertThat(ClientNetwork.of("fe80::1%2"))
        .isEqualTo("fe80000000000000::/64");
  }
}
