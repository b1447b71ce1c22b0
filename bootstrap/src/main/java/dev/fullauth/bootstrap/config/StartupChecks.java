package dev.fullauth.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The start-up refusals as a pure function of the settings, so that each one is testable without a
 * container: {@link ProfileGuard} gathers the settings and aborts the deployment when the list is
 * not empty.
 */
final class StartupChecks {
  private StartupChecks() {}

  /**
   * What the checks look at.
   *
   * @param production whether {@code FULLAUTH_PROFILE=production}
   * @param secretKeySet whether {@code FULLAUTH_SECRET_KEY} is set and not blank
   * @param databaseUrl {@code FULLAUTH_DB_URL}
   * @param cookieTransport whether tokens travel in cookies
   * @param csrfEnabled {@code FULLAUTH_CSRF_ENABLED}
   * @param smtpConfigured whether {@code FULLAUTH_SMTP_HOST} is set
   * @param smtpStartTls {@code FULLAUTH_SMTP_STARTTLS}
   * @param cookieSecure {@code FULLAUTH_COOKIE_SECURE}
   * @param sameSiteSetting {@code FULLAUTH_COOKIE_SAMESITE} as configured
   * @param sameSite the attribute it yields, empty when the setting is not a SameSite value
   * @param clusterInterface {@code FULLAUTH_CLUSTER_INTERFACE}
   * @param clusterMembers {@code FULLAUTH_CLUSTER_MEMBERS}, {@code host[:port]} entries
   * @param clusterSecretSet whether {@code FULLAUTH_CLUSTER_SECRET} is set and not blank
   * @param demoEnabled whether the demo frontend is served ({@code FULLAUTH_DEMO_ENABLED})
   */
  record Settings(
      boolean production,
      boolean secretKeySet,
      String databaseUrl,
      boolean cookieTransport,
      boolean csrfEnabled,
      boolean smtpConfigured,
      boolean smtpStartTls,
      boolean cookieSecure,
      String sameSiteSetting,
      Optional<String> sameSite,
      String clusterInterface,
      List<String> clusterMembers,
      boolean clusterSecretSet,
      boolean demoEnabled) {
    Settings {
      Objects.requireNonNull(databaseUrl, "databaseUrl");
      Objects.requireNonNull(sameSiteSetting, "sameSiteSetting");
      Objects.requireNonNull(sameSite, "sameSite");
      Objects.requireNonNull(clusterInterface, "clusterInterface");
      clusterMembers = List.copyOf(clusterMembers);
    }
  }

  /**
   * @return every reason to refuse the start, empty when it may go on
   */
  static List<String> problems(Settings s) {
    List<String> problems = new ArrayList<>();
    // Every profile: cookies with these attributes would be dropped or mis-read by browsers.
    if (s.sameSite().isEmpty()) {
      problems.add(
          "FULLAUTH_COOKIE_SAMESITE='"
              + s.sameSiteSetting().strip()
              + "' is not one of lax, strict, none");
    } else if (s.sameSite().get().equals("None") && !s.cookieSecure()) {
      problems.add(
          "FULLAUTH_COOKIE_SAMESITE=none needs FULLAUTH_COOKIE_SECURE=true (browsers drop"
              + " SameSite=None cookies without Secure)");
    }
    if (!s.production()) {
      return problems;
    }
    List<String> production = new ArrayList<>();
    if (!s.secretKeySet()) {
      production.add("FULLAUTH_SECRET_KEY is not set");
    }
    if (s.databaseUrl().strip().startsWith("jdbc:h2:")) {
      production.add("the database is the embedded H2 (set FULLAUTH_DB_URL to PostgreSQL)");
    }
    if (s.cookieTransport() && !s.csrfEnabled()) {
      production.add("cookies carry tokens but FULLAUTH_CSRF_ENABLED=false");
    }
    if (!s.smtpConfigured()) {
      production.add("FULLAUTH_SMTP_HOST is not set (mails must be sent, not logged)");
    } else if (!s.smtpStartTls()) {
      production.add("FULLAUTH_SMTP_STARTTLS=false (mail links would travel unencrypted)");
    }
    if (!s.cookieSecure()) {
      production.add("FULLAUTH_COOKIE_SECURE=false (cookies would travel over plain HTTP)");
    }
    if (!s.clusterSecretSet() && !clusterIsLoopback(s)) {
      production.add(
          "the Hazelcast cluster reaches beyond this host (FULLAUTH_CLUSTER_INTERFACE or"
              + " FULLAUTH_CLUSTER_MEMBERS is not loopback) but FULLAUTH_CLUSTER_SECRET is not set");
    }
    if (s.demoEnabled()) {
      production.add("FULLAUTH_DEMO_ENABLED=true (the demo frontend is for development only)");
    }
    // Production reasons first: they are the ones the operator set out to satisfy.
    production.addAll(problems);
    return production;
  }

  private static boolean clusterIsLoopback(Settings s) {
    if (!isLoopback(s.clusterInterface())) {
      return false;
    }
    return s.clusterMembers().stream()
        .map(String::strip)
        .filter(m -> !m.isEmpty())
        .allMatch(m -> isLoopback(hostOf(m)));
  }

  /**
   * @return the host of a {@code host[:port]} member ({@code [v6]:port} included)
   */
  static String hostOf(String member) {
    String m = member.strip();
    if (m.startsWith("[")) {
      int end = m.indexOf(']');
      return end < 0 ? m : m.substring(1, end);
    }
    int colon = m.indexOf(':');
    // More than one colon is a bare IPv6 address without a port.
    return colon >= 0 && colon == m.lastIndexOf(':') ? m.substring(0, colon) : m;
  }

  /**
   * Only literal loopback addresses and {@code localhost} count: a name is never resolved here, and
   * Hazelcast interface patterns such as {@code 10.0.*.*} are not loopback.
   */
  static boolean isLoopback(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
