package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * What the e-mail flows promise (anchor §3.8, §11; CONTRACT.md item 3).
 *
 * @param frontendUrl base of the links, without a trailing slash
 * @param productName shown in the mails
 * @param verifyTtl lifetime of e-mail verification tokens
 * @param resetTtl lifetime of password-reset tokens
 * @param sendVerificationOnRegister queue a verification mail when an account is registered
 */
public record MailPolicy(
    String frontendUrl,
    String productName,
    Duration verifyTtl,
    Duration resetTtl,
    boolean sendVerificationOnRegister) {
  public MailPolicy {
    Objects.requireNonNull(frontendUrl, "frontendUrl");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(verifyTtl, "verifyTtl");
    Objects.requireNonNull(resetTtl, "resetTtl");
    frontendUrl =
        frontendUrl.endsWith("/")
            ? frontendUrl.substring(0, frontendUrl.length() - 1)
            : frontendUrl;
  }

  /**
   * @return the anchor's lifetimes (24 h, 15 min), a local frontend, no mail on registration
   */
  public static MailPolicy defaults() {
    return new MailPolicy(
        "http://localhost:3000",
        "FullAuth",
        Duration.ofMinutes(1440),
        Duration.ofMinutes(15),
        false);
  }
}
