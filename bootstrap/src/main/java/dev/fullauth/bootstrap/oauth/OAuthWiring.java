package dev.fullauth.bootstrap.oauth;

import dev.fullauth.adapter.rest.support.CommaList;
import dev.fullauth.adapter.security.oauth.NimbusOAuthProviderClient;
import dev.fullauth.adapter.security.oauth.OAuthProviderSettings;
import dev.fullauth.application.policy.OAuthPolicy;
import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.bootstrap.persistence.CacheWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the providers named in {@code FULLAUTH_OAUTH_PROVIDERS} and their {@code
 * FULLAUTH_OAUTH_<P>_*} options (CONTRACT.md §2). A provider with missing or invalid options stops
 * the deployment at start with every problem named, rather than failing at the first login.
 */
@ApplicationScoped
public class OAuthWiring {
  static final String GOOGLE_ISSUER = "https://accounts.google.com";
  private static final Logger LOG = Logger.getLogger(OAuthWiring.class.getName());

  @Inject Config config;

  @Inject
  @ConfigProperty(name = "fullauth.oauth.providers")
  Optional<String> providerNames;

  @Inject
  @ConfigProperty(name = "fullauth.oauth.state.expire.seconds", defaultValue = "300")
  long stateSeconds;

  @Inject
  @ConfigProperty(name = "fullauth.oauth.state.binding", defaultValue = "true")
  boolean stateBinding;

  @Inject
  @ConfigProperty(name = "fullauth.oauth.auto.link.by.email", defaultValue = "true")
  boolean autoLink;

  @Inject
  @ConfigProperty(name = "fullauth.oauth.timeout.seconds", defaultValue = "10")
  long timeoutSeconds;

  @Inject
  @ConfigProperty(name = "fullauth.profile")
  String profile;

  private volatile List<Provider> providers;

  /** A provider's settings and its redirect allow-list. */
  record Provider(OAuthProviderSettings settings, Set<String> redirectUris) {}

  void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    List<Provider> loaded = providers();
    if (!loaded.isEmpty()) {
      LOG.info(
          () ->
              "OAuth providers: "
                  + loaded.stream()
                      .map(p -> p.settings().name() + " (" + p.settings().type() + ")")
                      .toList());
    }
  }

  @Produces
  @Singleton
  OAuthPolicy oauthPolicy() {
    Map<String, Set<String>> redirects = new LinkedHashMap<>();
    Set<String> trusted = new java.util.HashSet<>();
    for (Provider p : providers()) {
      redirects.put(p.settings().name(), p.redirectUris());
      if (value(p.settings().name(), "trust.email").map(Boolean::parseBoolean).orElse(false)) {
        trusted.add(p.settings().name());
      }
    }
    return new OAuthPolicy(
        redirects, Duration.ofSeconds(stateSeconds), stateBinding, autoLink, trusted);
  }

  @Produces
  @ApplicationScoped
  OAuthProviderClient oauthProviderClient() {
    return new NimbusOAuthProviderClient(providers().stream().map(Provider::settings).toList());
  }

  void close(@Disposes OAuthProviderClient client) {
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.fine(() -> "closing the OAuth clients failed: " + e);
      }
    }
  }

  synchronized List<Provider> providers() {
    if (providers == null) {
      providers = load();
    }
    return providers;
  }

  private List<Provider> load() {
    List<String> problems = new ArrayList<>();
    if (stateSeconds < 1 || stateSeconds > CacheWiring.ONE_TIME_MAX_SECONDS) {
      problems.add(
          "FULLAUTH_OAUTH_STATE_EXPIRE_SECONDS must be between 1 and "
              + CacheWiring.ONE_TIME_MAX_SECONDS);
    }
    List<Provider> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String name : CommaList.parse(providerNames)) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!lower.matches("[a-z0-9][a-z0-9_-]{0,49}") || !seen.add(lower)) {
        problems.add("provider name '" + name + "' is invalid or repeated");
        continue;
      }
      Provider provider = provider(lower, problems);
      if (provider != null) {
        out.add(provider);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "OAuth configuration invalid: " + String.join("; ", problems));
    }
    return List.copyOf(out);
  }

  private Provider provider(String name, List<String> problems) {
    String env = "FULLAUTH_OAUTH_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
    String type = value(name, "type").orElse(name.equals("github") ? "github" : "oidc");
    Optional<String> clientId = value(name, "client.id");
    Optional<String> secret = value(name, "client.secret");
    Set<String> redirects = new LinkedHashSet<>(CommaList.parse(value(name, "redirect.uris")));
    int before = problems.size();
    if (clientId.isEmpty()) {
      problems.add(env + "CLIENT_ID is not set");
    }
    if (secret.isEmpty()) {
      problems.add(env + "CLIENT_SECRET is not set");
    }
    if (redirects.isEmpty()) {
      problems.add(env + "REDIRECT_URIS is empty");
    }
    for (String uri : redirects) {
      // Native apps may use private-use schemes (RFC 8252 §7.1); only absolute URIs are accepted.
      if (!isAbsolute(uri)) {
        problems.add(env + "REDIRECT_URIS has an entry that is not an absolute URI");
      }
    }
    boolean production = "production".equalsIgnoreCase(profile.strip());
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    OAuthProviderSettings settings = null;
    switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "oidc" -> {
        String issuer = value(name, "issuer").orElse(name.equals("google") ? GOOGLE_ISSUER : null);
        if (issuer == null || !absolute(issuer, production)) {
          problems.add(
              env + "ISSUER must be an absolute " + (production ? "https" : "http(s)") + " URI");
        } else if (problems.size() == before) {
          List<String> scopes = scopes(name, List.of("openid", "email", "profile"));
          settings =
              new OAuthProviderSettings(
                  name,
                  OAuthProviderSettings.Type.OIDC,
                  clientId.get(),
                  secret.get(),
                  scopes.contains("openid") ? scopes : prepend("openid", scopes),
                  URI.create(issuer),
                  null,
                  null,
                  null,
                  // Google hands out a refresh token only for offline access with consent.
                  name.equals("google")
                      ? Map.of("access_type", "offline", "prompt", "consent")
                      : Map.of(),
                  timeout);
        }
      }
      case "github" -> {
        String authorize =
            value(name, "authorize.url").orElse("https://github.com/login/oauth/authorize");
        String token =
            value(name, "token.url").orElse("https://github.com/login/oauth/access_token");
        String api = value(name, "api.url").orElse("https://api.github.com");
        for (String url : List.of(authorize, token, api)) {
          if (!absolute(url, production)) {
            problems.add(env + "AUTHORIZE_URL/TOKEN_URL/API_URL must be absolute URIs");
          }
        }
        if (problems.size() == before) {
          settings =
              new OAuthProviderSettings(
                  name,
                  OAuthProviderSettings.Type.GITHUB,
                  clientId.get(),
                  secret.get(),
                  scopes(name, List.of("read:user", "user:email")),
                  null,
                  URI.create(authorize),
                  URI.create(token),
                  URI.create(api),
                  Map.of(),
                  timeout);
        }
      }
      default -> problems.add(env + "TYPE must be oidc or github");
    }
    return settings == null ? null : new Provider(settings, redirects);
  }

  private Optional<String> value(String provider, String key) {
    return config
        .getOptionalValue("fullauth.oauth." + provider + "." + key, String.class)
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  private List<String> scopes(String provider, List<String> defaults) {
    return value(provider, "scopes")
        .map(s -> Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isEmpty()).toList())
        .filter(l -> !l.isEmpty())
        .orElse(defaults);
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> out = new ArrayList<>(List.of(first));
    out.addAll(rest);
    return out;
  }

  private static boolean isAbsolute(String uri) {
    try {
      return new URI(uri).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean absolute(String uri, boolean httpsOnly) {
    try {
      URI parsed = new URI(uri);
      String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
      return parsed.getHost() != null
          && (scheme.equals("https") || (!httpsOnly && scheme.equals("http")));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
