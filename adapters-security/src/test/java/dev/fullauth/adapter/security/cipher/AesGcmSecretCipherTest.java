package dev.fullauth.adapter.security.cipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {
  private final AesGcmSecretCipher cipher =
      new AesGcmSecretCipher("a-server-secret-of-32-characters!!");

  @Test
  void sealedValue_opensToThePlainText_andDoesNotContainIt() {
    String sealed = cipher.seal("gho_provider-token");

    assertThat(sealed).startsWith("v1.").doesNotContain("gho_provider-token");
    assertThat(cipher.open(sealed)).isEqualTo("gho_provider-token");
  }

  @Test
  void sealingTwice_givesDifferentValues() {
    assertThat(cipher.seal("same")).isNotEqualTo(cipher.seal("same"));
  }

  @Test
  void alteredValueOrAnotherKey_doesNotOpen() {
    String sealed = cipher.seal("secret");
    char last = sealed.charAt(sealed.length() - 5);
    String altered =
        sealed.substring(0, sealed.length() - 5)
            + (last == 'A' ? 'B' : 'A')
            + sealed.substring(sealed.length() - 4);

    assertThatThrownBy(() -> cipher.open(altered)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new AesGcmSecretCipher("another-server-secret-of-32-chars!!").open(sealed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cipher.open("v1.!!")).isInstanceOf(IllegalArgumentException.class);
  }
}
