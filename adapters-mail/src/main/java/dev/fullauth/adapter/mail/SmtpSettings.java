package dev.fullauth.adapter.mail;

import java.util.Objects;

/**
 * How to reach the SMTP server ({@code FULLAUTH_SMTP_*}, {@code FULLAUTH_MAIL_FROM}).
 *
 * @param host server name
 * @param port server port (587 submission by default)
 * @param username login, or null for none
 * @param password login password, or null; never printed
 * @param startTls require STARTTLS before authenticating
 * @param from sender address
 * @param timeoutMillis connect, read and write timeout
 */
public record SmtpSettings(
    String host,
    int port,
    String username,
    String password,
    boolean startTls,
    String from,
    int timeoutMillis) {
  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("FULLAUTH_SMTP_PORT must be a TCP port");
    }
  }

  /**
   * @return whether the server wants a login
   */
  public boolean authenticates() {
    return username != null && !username.isBlank();
  }

  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", user="
        + username
        + ", startTls="
        + startTls
        + ", from="
        + from
        + "]";
  }
}
