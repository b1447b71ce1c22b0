package dev.fullauth.bootstrap.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

/** Provider configuration: defaults per type, and every mistake named at start. */
class OAuthWiringTest {
  /** Configuration from a map, as MicroProfile Config would resolve it. */
  private record MapConfig(Map<String, String> values) implements Config {
    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow(NoSuchElementException::new);
    }

    @Override
    public ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
      return java.util.List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new IllegalArgumentException();
    }
  }

  private static OAuthWiring wiring(String providers, String profile, Map<String, String> values) {
    OAuthWiring wiring = new OAuthWiring();
    wiring.config = new MapConfig(values);
    wiring.providerNames = Optional.ofNullable(providers);
    wiring.stateSeconds = 300;
    wiring.stateBinding = true;
    wiring.autoLink = true;
    wiring.timeoutSeconds = 10;
    wiring.profile = profile;
    return wiring;
  }

  @Test
  void googleAndGitHub_needOnlyClientAndRedirects() {
    OAuthWiring wiring =
        wiring(
            "google, GitHub",
            "development",
            Map.of(
                "fullauth.oauth.google.client.id", "g-id",
                "fullauth.oauth.google.client.secret", "g-secret",
                "fullauth.oauth.google.redirect.uris", "https://app.test/cb",
                "fullauth.oauth.github.client.id", "gh-id",
                "fullauth.oauth.github.client.secret", "gh-secret",
                "fullauth.oauth.github.redirect.uris", "https://app.test/gh, com.example.app:/gh"));

    var providers = wiring.providers();

    assertThat(providers).extracting(p -> p.settings().name()).containsExactly("google", "github");
    var google = providers.get(0).settings();
    assertThat(google.issuer()).hasToString(OAuthWiring.GOOGLE_ISSUER);
    assertThat(google.scopes()).containsExactly("openid", "email", "profile");
    assertThat(google.extraAuthorizeParameters())
        .containsEntry("access_type", "offline")
        .containsEntry("prompt", "consent");
    var github = providers.get(1).settings();
    assertThat(github.apiUrl()).hasToString("https://api.github.com");
    assertThat(github.scopes()).containsExactly("read:user", "user:email");
    assertThat(providers.get(1).redirectUris())
        .containsExactly("https://app.test/gh", "com.example.app:/gh");
    assertThat(wiring.oauthPolicy().providers()).containsExactly("google", "github");
    assertThat(google.toString()).doesNotContain("g-secret");
  }

  @Test
  void missingSettings_areAllNamedAtOnce() {
    OAuthWiring wiring =
        wiring(
            "corp,bad name,corp",
            "development",
            Map.of("fullauth.oauth.corp.redirect.uris", "/relative"));

    assertThatThrownBy(wiring::providers)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FULLAUTH_OAUTH_CORP_CLIENT_ID is not set")
        .hasMessageContaining("FULLAUTH_OAUTH_CORP_CLIENT_SECRET is not set")
        .hasMessageContaining(
            "FULLAUTH_OAUTH_CORP_REDIRECT_URIS has an entry that is not an absolute URI")
        .hasMessageContaining("FULLAUTH_OAUTH_CORP_ISSUER must be an absolute http(s) URI")
        .hasMessageContaining("provider name 'bad name' is invalid or repeated")
        .hasMessageContaining("provider name 'corp' is invalid or repeated");
  }

  @Test
  void plainHttpIssuer_isRefusedInProduction_only() {
    Map<String, String> values =
        Map.of(
            "fullauth.oauth.corp.client.id", "id",
            "fullauth.oauth.corp.client.secret", "secret",
            "fullauth.oauth.corp.redirect.uris", "https://app.test/cb",
            "fullauth.oauth.corp.issuer", "http://idp.corp.test/realms/staff",
            "fullauth.oauth.corp.scopes", "email profile");

    assertThat(wiring("corp", "development", values).providers().get(0).settings().scopes())
        .containsExactly("openid", "email", "profile");
    assertThatThrownBy(() -> wiring("corp", "production", values).providers())
        .hasMessageContaining("FULLAUTH_OAUTH_CORP_ISSUER must be an absolute https URI");
  }

  @Test
  void unknownType_andStateLifetimeOutOfRange_areRefused() {
    OAuthWiring wiring =
        wiring(
            "corp",
            "development",
            Map.of(
                "fullauth.oauth.corp.client.id", "id",
                "fullauth.oauth.corp.client.secret", "secret",
                "fullauth.oauth.corp.redirect.uris", "https://app.test/cb",
                "fullauth.oauth.corp.type", "saml"));
    wiring.stateSeconds = 7200;

    assertThatThrownBy(wiring::providers)
        .hasMessageContaining("FULLAUTH_OAUTH_CORP_TYPE must be oidc or github")
        .hasMessageContaining("FULLAUTH_OAUTH_STATE_EXPIRE_SECONDS must be between 1 and 3600");
  }

  @Test
  void noProviders_isAnEmptyConfiguration() {
    assertThat(wiring(null, "development", Map.of()).oauthPolicy().providers()).isEmpty();
  }
}
