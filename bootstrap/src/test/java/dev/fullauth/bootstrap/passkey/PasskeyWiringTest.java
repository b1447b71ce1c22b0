package dev.fullauth.bootstrap.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relying party as the anchor validates it (§7.1). */
class PasskeyWiringTest {
  private static PasskeyWiring wiring(String rpId, String origins, String generalOrigins) {
    PasskeyWiring wiring = new PasskeyWiring();
    wiring.enabled = Optional.empty();
    wiring.rpId = Optional.ofNullable(rpId);
    wiring.rpName = Optional.empty();
    wiring.origins = Optional.ofNullable(origins);
    wiring.generalOrigins = Optional.ofNullable(generalOrigins);
    wiring.challengeSeconds = 60;
    wiring.recentLoginSeconds = 300;
    wiring.requireUserVerification = true;
    return wiring;
  }

  @Test
  void withoutRpId_passkeysAreOff() {
    assertThat(wiring(null, null, null).passkeyPolicy().enabled()).isFalse();
  }

  @Test
  void rpId_enablesPasskeys_andOriginsFallBackToTheGeneralList() {
    var policy =
        wiring("example.com", null, "https://app.example.com/, https://admin.example.com")
            .passkeyPolicy();

    assertThat(policy.enabled()).isTrue();
    assertThat(policy.rpName()).isEqualTo("example.com");
    assertThat(policy.origins())
        .containsExactlyInAnyOrder("https://app.example.com", "https://admin.example.com");
  }

  @Test
  void badRpId_badOrigins_andMissingOrigins_areNamed() {
    assertThatThrownBy(
            () ->
                wiring("https://example.com", "example.com,https://a.test/path", null)
                    .passkeyPolicy())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FULLAUTH_PASSKEY_RP_ID must be a bare host")
        .hasMessageContaining("entry 'example.com' is not scheme://host[:port]")
        .hasMessageContaining("entry 'https://a.test/path' is not scheme://host[:port]");
    assertThatThrownBy(() -> wiring("example.com", null, null).passkeyPolicy())
        .hasMessageContaining("FULLAUTH_PASSKEY_ORIGINS (or FULLAUTH_ORIGINS) is empty");
  }

  @Test
  void explicitlyDisabled_winsOverAnRpId() {
    PasskeyWiring wiring = wiring("example.com", "https://example.com", null);
    wiring.enabled = Optional.of(false);

    assertThat(wiring.passkeyPolicy().enabled()).isFalse();
  }
}
