package dev.fullauth.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasskeyTest {
  private static Passkey withCount(long count) {
    return withTransports(count, List.of("internal"));
  }

  private static Passkey withTransports(long count, List<String> transports) {
    return new Passkey(
        UUID.randomUUID(),
        new UserId(UUID.randomUUID()),
        "cred",
        "key",
        count,
        "",
        transports,
        false,
        false,
        true,
        Instant.EPOCH,
        null);
  }

  @Test
  void growingCounter_isAccepted_equalOrLower_isNot() {
    assertThat(withCount(5).acceptsSignCount(6)).isTrue();
    assertThat(withCount(5).acceptsSignCount(5)).isFalse();
    assertThat(withCount(5).acceptsSignCount(0)).isFalse();
  }

  @Test
  void counterlessAuthenticators_stayAtZero() {
    assertThat(withCount(0).acceptsSignCount(0)).isTrue();
    assertThat(withCount(0).acceptsSignCount(1)).isTrue();
  }

  @Test
  void overlongDeviceName_isRefused() {
    assertThatThrownBy(
            () ->
                new Passkey(
                    UUID.randomUUID(),
                    new UserId(UUID.randomUUID()),
                    "c",
                    "k",
                    0,
                    "x".repeat(201),
                    List.of(),
                    false,
                    false,
                    true,
                    Instant.EPOCH,
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transports_keepTheClientsOrder_eachOnce() {
    assertThat(withTransports(0, List.of("usb", "nfc", "usb", "ble", "nfc")).transports())
        .containsExactly("usb", "nfc", "ble");
    assertThat(withTransports(0, List.of("internal", "hybrid")).transports())
        .containsExactly("internal", "hybrid");
  }
}
