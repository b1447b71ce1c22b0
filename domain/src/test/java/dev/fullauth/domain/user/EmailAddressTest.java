package dev.fullauth.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  @Test
  void address_isTrimmedAndLowerCased() {
    assertThat(EmailAddress.of("  Ann.Lee+tag@Example.COM ").value())
        .isEqualTo("ann.lee+tag@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ann",
        "ann@",
        "@example.com",
        "ann@example",
        "ann@@example.com",
        "a b@example.com",
        ".ann@example.com",
        "ann.@example.com",
        "an..n@example.com",
        "ann@-example.com",
        "ann@example..com"
      })
  void nonAddresses_areRefused(String input) {
    assertThat(EmailAddress.isValid(input)).isFalse();
    assertThatThrownBy(() -> EmailAddress.of(input))
        .isInstanceOf(InvalidEmailAddressException.class);
  }

  @Test
  void overlongAddresses_areRefused() {
    String local = "a".repeat(64);
    String domain = ("b".repeat(60) + ".").repeat(5) + "com";
    assertThat(EmailAddress.isValid(local + "@" + domain)).isFalse();
    assertThat(EmailAddress.isValid(local + "@example.com")).isTrue();
    assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).isFalse();
  }

  @Test
  void nullIsNotAnAddress() {
    assertThat(EmailAddress.isValid(null)).isFalse();
    assertThatThrownBy(() -> EmailAddress.of(null))
        .isInstanceOf(InvalidEmailAddressException.class);
  }
}
