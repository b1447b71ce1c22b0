package dev.fullauth.application.policy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * OAuth login rules (anchor §6, CONTRACT.md item 4).
 *
 * @param redirectUris the enabled providers in configuration order, each with its exact {@code
 *     redirect_uri} allow-list (RFC 9700 §4.1: exact string match, no patterns)
 * @param stateTtl how long an authorization round trip may take
 * @param stateBinding whether the callback must present the {@code fullauth_oauth} browser binding
 * @param autoLinkByEmail whether a provider-verified address links to the verified local account
 *     holding it
 * @param trustedEmailProviders providers whose e-mail address counts as verified even without the
 *     provider saying so ({@code FULLAUTH_OAUTH_<P>_TRUST_EMAIL}): only for an identity provider
 *     that owns the addresses it hands out (a corporate IdP for its own domain)
 */
public record OAuthPolicy(
    Map<String, Set<String>> redirectUris,
    Duration stateTtl,
    boolean stateBinding,
    boolean autoLinkByEmail,
    Set<String> trustedEmailProviders) {
  /** A policy that trusts no provider's unverified addresses. */
  public OAuthPolicy(
      Map<String, Set<String>> redirectUris,
      Duration stateTtl,
      boolean stateBinding,
      boolean autoLinkByEmail) {
    this(redirectUris, stateTtl, stateBinding, autoLinkByEmail, Set.of());
  }

  public OAuthPolicy {
    Objects.requireNonNull(stateTtl, "stateTtl");
    trustedEmailProviders = Set.copyOf(trustedEmailProviders);
    if (stateTtl.isNegative() || stateTtl.isZero()) {
      throw new IllegalArgumentException("the OAuth state lifetime must be positive");
    }
    // Map.copyOf would lose the configuration order that GET /oauth/providers reports.
    var ordered = new java.util.LinkedHashMap<String, Set<String>>();
    redirectUris.forEach((name, uris) -> ordered.put(name, Set.copyOf(uris)));
    redirectUris = java.util.Collections.unmodifiableMap(ordered);
  }

  /**
   * @param provider a provider name
   * @param providerSaysVerified whether the provider marked the address verified
   * @return whether the address the provider gave counts as proven to belong to the user
   */
  public boolean emailVerified(String provider, boolean providerSaysVerified) {
    return providerSaysVerified || trustedEmailProviders.contains(provider);
  }

  /**
   * @return the provider names in configuration order
   */
  public List<String> providers() {
    return List.copyOf(redirectUris.keySet());
  }
}
