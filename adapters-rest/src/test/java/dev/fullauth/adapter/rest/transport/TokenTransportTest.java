package dev.fullauth.adapter.rest.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTransportTest {
  @Test
  void sameSite_isReadCaseInsensitively_blankMeansLax() {
    assertThat(TokenTransport.sameSiteAttribute("lax")).contains("Lax");
    assertThat(TokenTransport.sameSiteAttribute(" STRICT ")).contains("Strict");
    assertThat(TokenTransport.sameSiteAttribute("None")).contains("None");
    assertThat(TokenTransport.sameSiteAttribute("")).contains("Lax");
    assertThat(TokenTransport.sameSiteAttribute(null)).contains("Lax");
  }

  @Test
  void unknownSameSiteValues_areNotAttributes() {
    assertThat(TokenTransport.sameSiteAttribute("relaxed")).isEmpty();
    assertThat(TokenTransport.sameSiteAttribute("none; Secure")).isEmpty();
  }
}
