package dev.fullauth.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.adapter.rest.transport.TokenTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupChecksTest {
  /** A production set-up that passes every check; each test breaks one thing. */
  private static Builder safe() {
    return new Builder();
  }

  @Test
  void aSafeProductionSetUp_starts() {
    assertThat(StartupChecks.problems(safe().build())).isEmpty();
  }

  @Test
  void development_toleratesWhatProductionRefuses() {
    Builder b = safe();
    b.production = false;
    b.secretKeySet = false;
    b.databaseUrl = "jdbc:h2:file:./data/fullauth";
    b.smtpConfigured = false;
    b.cookieSecure = false;
    b.clusterInterface = "10.0.0.5";
    b.clusterSecretSet = false;
    b.demoEnabled = true;
    assertThat(StartupChecks.problems(b.build())).isEmpty();
  }

  @Test
  void production_refusesTheDemoFrontend() {
    Builder b = safe();
    b.demoEnabled = true;
    assertThat(StartupChecks.problems(b.build()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("FULLAUTH_DEMO_ENABLED=true");
  }

  @Test
  void production_refusesInsecureCookies() {
    Builder b = safe();
    b.cookieSecure = false;
    assertThat(StartupChecks.problems(b.build()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("FULLAUTH_COOKIE_SECURE=false");
  }

  @Test
  void production_refusesSmtpWithoutStartTls() {
    Builder b = safe();
    b.smtpStartTls = false;
    assertThat(StartupChecks.problems(b.build()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("FULLAUTH_SMTP_STARTTLS=false");
  }

  @Test
  void production_withoutSmtp_namesTheHostOnly() {
    Builder b = safe();
    b.smtpConfigured = false;
    b.smtpStartTls = false;
    assertThat(StartupChecks.problems(b.build()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("FULLAUTH_SMTP_HOST is not set");
  }

  @Test
  void sameSiteNoneWithoutSecure_isRefusedInEveryProfile() {
    Builder b = safe();
    b.production = false;
    b.sameSite = "none";
    b.cookieSecure = false;
    assertThat(StartupChecks.problems(b.build()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("FULLAUTH_COOKIE_SAMESITE=none needs FULLAUTH_COOKIE_SECURE=true");
    b.cookieSecure = true;
    assertThat(StartupChecks.problems(b.build())).isEmpty();
  }

  @Test
  void unknownSameSiteValues_areRefusedInEveryProfile_knownOnesInAnyCase() {
    Builder b = safe();
    b.production = false;
    b.sameSite = "relaxed";
    assertThat(StartupChecks.problems(b.build()))
        .containsExactly("FULLAUTH_COOKIE_SAMESITE='relaxed' is not one of lax, strict, none");
    b.production = true;
    assertThat(StartupChecks.problems(b.build())).hasSize(1);
    for (String ok : List.of("Lax", "STRICT", "none", " lax ")) {
      b.sameSite = ok;
      assertThat(StartupChecks.problems(b.build())).as(ok).isEmpty();
    }
  }

  @Test
  void production_refusesAClusterBeyondThisHostWithoutASecret() {
    Builder b = safe();
    b.clusterSecretSet = false;
    b.clusterInterface = "10.0.0.5";
    assertThat(StartupChecks.problems(b.build()))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("FULLAUTH_CLUSTER_SECRET is not set");
    b.clusterInterface = "127.0.0.1";
    b.clusterMembers = List.of("127.0.0.1:6900", "db.internal:6900");
    assertThat(StartupChecks.problems(b.build())).hasSize(1);
    b.clusterSecretSet = true;
    assertThat(StartupChecks.problems(b.build())).isEmpty();
  }

  @Test
  void production_acceptsALoopbackOnlyClusterWithoutASecret() {
    Builder b = safe();
    b.clusterSecretSet = false;
    b.clusterInterface = "127.0.0.1";
    b.clusterMembers = List.of("127.0.0.1:27950", "localhost", "[::1]:6900", "127.0.0.2");
    assertThat(StartupChecks.problems(b.build())).isEmpty();
  }

  @Test
  void memberHosts_areReadFromEveryMemberForm() {
    assertThat(StartupChecks.hostOf("10.0.0.1:6900")).isEqualTo("10.0.0.1");
    assertThat(StartupChecks.hostOf(" node-b ")).isEqualTo("node-b");
    assertThat(StartupChecks.hostOf("[::1]:6900")).isEqualTo("::1");
    assertThat(StartupChecks.hostOf("::1")).isEqualTo("::1");
    assertThat(StartupChecks.isLoopback("127.10.0.1")).isTrue();
    assertThat(StartupChecks.isLoopback("127.0.0.1.example.com")).isFalse();
    assertThat(StartupChecks.isLoopback("10.0.*.*")).isFalse();
  }

  @Test
  void production_listsItsOwnReasonsFirst_thenTheEveryProfileOnes() {
    Builder b = safe();
    b.secretKeySet = false;
    b.sameSite = "bogus";
    assertThat(StartupChecks.problems(b.build()))
        .containsExactly(
            "FULLAUTH_SECRET_KEY is not set",
            "FULLAUTH_COOKIE_SAMESITE='bogus' is not one of lax, strict, none");
  }

  /** Mutable test-data builder of {@link StartupChecks.Settings}. */
  private static final class Builder {
    boolean production = true;
    boolean secretKeySet = true;
    String databaseUrl = "jdbc:postgresql://db.internal:5432/fullauth";
    boolean cookieTransport = true;
    boolean csrfEnabled = true;
    boolean smtpConfigured = true;
    boolean smtpStartTls = true;
    boolean cookieSecure = true;
    String sameSite = "lax";
    String clusterInterface = "10.0.0.5";
    List<String> clusterMembers = List.of("10.0.0.5", "10.0.0.6:6900");
    boolean clusterSecretSet = true;
    boolean demoEnabled = false;

    StartupChecks.Settings build() {
      return new StartupChecks.Settings(
          production,
          secretKeySet,
          databaseUrl,
          cookieTransport,
          csrfEnabled,
          smtpConfigured,
          smtpStartTls,
          cookieSecure,
          sameSite,
          TokenTransport.sameSiteAttribute(sameSite),
          clusterInterface,
          clusterMembers,
          clusterSecretSet,
          demoEnabled);
    }
  }
}
