package dev.fullauth.adapter.security.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.fullauth.application.port.out.OAuthExchangeRejectedException;
import dev.fullauth.application.port.out.OAuthProviderClient.AuthorizationRequest;
import dev.fullauth.application.port.out.OAuthProviderClient.CodeExchange;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.port.out.OAuthProviderUnavailableException;
import dev.fullauth.domain.oauth.ExternalIdentity;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An OpenID Connect provider found by discovery (OpenID Connect Discovery §4). The metadata and the
 * key set are fetched at first use and kept; a failed fetch is retried by the next request. The ID
 * token is the source of the identity; userinfo is asked only when the ID token lacks the address.
 */
final class OidcProtocol implements ProviderProtocol {
  private static final int MAX_JWKS_BYTES = 512 * 1024;

  private final OAuthProviderSettings settings;
  private final int timeoutMillis;
  private volatile Discovered discovered;

  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  OidcProtocol(OAuthProviderSettings settings) {
    this.settings = settings;
    this.timeoutMillis = (int) settings.timeout().toMillis();
  }

  @Override
  public URI authorizationUri(AuthorizationRequest request) {
    OIDCProviderMetadata metadata = discovered().metadata();
    var builder =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope(settings.scopes().toArray(String[]::new)),
                new ClientID(settings.clientId()),
                URI.create(request.redirectUri()))
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(new State(request.state()))
            .nonce(new Nonce(request.nonce()))
            .codeChallenge(new CodeVerifier(request.codeVerifier()), CodeChallengeMethod.S256);
    settings.extraAuthorizeParameters().forEach(builder::customParameter);
    return builder.build().toURI();
  }

  @Override
  public ProviderLogin exchange(CodeExchange exchange) {
    if (exchange.code().isBlank()) {
      // Nimbus refuses to build a blank code (IllegalArgumentException); it is a refusal, not a
      // 500.
      throw new OAuthExchangeRejectedException(settings.name() + ": blank authorization code");
    }
    Discovered d = discovered();
    TokenRequest request =
        new TokenRequest.Builder(
                d.metadata().getTokenEndpointURI(),
                clientAuthentication(d.metadata()),
                new AuthorizationCodeGrant(
                    new AuthorizationCode(exchange.code()),
                    URI.create(exchange.redirectUri()),
                    new CodeVerifier(exchange.codeVerifier())))
            .build();
    HTTPResponse response = send(request.toHTTPRequest(), "token");
    TokenResponse parsed;
    try {
      parsed = OIDCTokenResponseParser.parse(response);
    } catch (ParseException e) {
      throw new OAuthProviderUnavailableException(
          settings.name() + ": unparseable token response (HTTP " + response.getStatusCode() + ")");
    }
    if (!parsed.indicatesSuccess()) {
      throw new OAuthExchangeRejectedException(
          settings.name()
              + ": token endpoint refused the code: "
              + parsed.toErrorResponse().getErrorObject().getCode());
    }
    if (!(parsed instanceof OIDCTokenResponse oidc)) {
      throw new OAuthProviderUnavailableException(
          settings.name() + ": token response has no ID token");
    }
    OIDCTokens tokens = oidc.getOIDCTokens();
    IDTokenClaimsSet claims = validate(d, tokens.getIDToken(), exchange.nonce());
    ClaimsSet source = claims;
    if (claims.getStringClaim("email") == null && d.metadata().getUserInfoEndpointURI() != null) {
      source =
          userInfo(d.metadata(), tokens.getBearerAccessToken(), claims.getSubject().getValue());
    }
    var identity =
        new ExternalIdentity(
            settings.name(),
            claims.getSubject().getValue(),
            source.getStringClaim("email"),
            isTrue(source.getClaim("email_verified")),
            source.getStringClaim("name"),
            source.getStringClaim("picture"));
    String refresh = tokens.getRefreshToken() == null ? null : tokens.getRefreshToken().getValue();
    return new ProviderLogin(identity, tokens.getAccessToken().getValue(), refresh);
  }

  private IDTokenClaimsSet validate(Discovered d, JWT idToken, String nonce) {
    try {
      // Signature with the provider's published keys, iss, aud (our client id), exp, iat, nonce.
      return d.validator().validate(idToken, new Nonce(nonce));
    } catch (KeySourceException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": key set unavailable");
    } catch (BadJOSEException | JOSEException e) {
      throw new OAuthExchangeRejectedException(
          settings.name() + ": ID token refused: " + e.getMessage());
    }
  }

  private ClaimsSet userInfo(OIDCProviderMetadata metadata, BearerAccessToken token, String sub) {
    HTTPResponse response =
        send(
            new UserInfoRequest(metadata.getUserInfoEndpointURI(), token).toHTTPRequest(),
            "userinfo");
    try {
      UserInfoResponse parsed = UserInfoResponse.parse(response);
      if (!parsed.indicatesSuccess()) {
        throw new OAuthExchangeRejectedException(settings.name() + ": userinfo refused the token");
      }
      var info = parsed.toSuccessResponse().getUserInfo();
      if (info == null) {
        // A signed or encrypted userinfo answer (application/jwt) is not what was asked for.
        throw new OAuthProviderUnavailableException(settings.name() + ": userinfo is not JSON");
      }
      // OpenID Connect Core §5.3.2: a userinfo answer about someone else must not be used.
      if (!info.getSubject().getValue().equals(sub)) {
        throw new OAuthExchangeRejectedException(settings.name() + ": userinfo sub mismatch");
      }
      return info;
    } catch (ParseException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": unparseable userinfo");
    }
  }

  private HTTPResponse send(HTTPRequest request, String what) {
    request.setConnectTimeout(timeoutMillis);
    request.setReadTimeout(timeoutMillis);
    HTTPResponse response;
    try {
      response = request.send();
    } catch (IOException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": " + what + " call failed");
    }
    if (response.getStatusCode() >= 500) {
      throw new OAuthProviderUnavailableException(
          settings.name() + ": " + what + " answered HTTP " + response.getStatusCode());
    }
    return response;
  }

  private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
    List<ClientAuthenticationMethod> supported = metadata.getTokenEndpointAuthMethods();
    ClientID id = new ClientID(settings.clientId());
    Secret secret = new Secret(settings.clientSecret());
    // client_secret_basic is the discovery default (OpenID Connect Discovery §3).
    if (supported == null
        || supported.isEmpty()
        || supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        || !supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
      return new ClientSecretBasic(id, secret);
    }
    return new ClientSecretPost(id, secret);
  }

  private Discovered discovered() {
    Discovered current = discovered;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (discovered == null) {
        discovered = discover();
      }
      return discovered;
    }
  }

  private Discovered discover() {
    OIDCProviderMetadata metadata;
    try {
      // resolve() also checks that the document names the issuer we asked for (Discovery §4.3).
      metadata =
          OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeoutMillis, timeoutMillis);
    } catch (GeneralException | IOException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": discovery failed");
    }
    if (metadata.getJWKSetURI() == null) {
      throw new OAuthProviderUnavailableException(settings.name() + ": metadata has no jwks_uri");
    }
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.create(
                  metadata.getJWKSetURI().toURL(),
                  new DefaultResourceRetriever(timeoutMillis, timeoutMillis, MAX_JWKS_BYTES))
              .retrying(true)
              .build();
    } catch (java.net.MalformedURLException | IllegalArgumentException e) {
      throw new OAuthProviderUnavailableException(settings.name() + ": bad jwks_uri");
    }
    Set<JWSAlgorithm> algorithms = new HashSet<>();
    if (metadata.getIDTokenJWSAlgs() != null) {
      algorithms.addAll(metadata.getIDTokenJWSAlgs());
    }
    // Symmetric and "none" ID tokens are not accepted: only the provider's published keys count.
    algorithms.removeIf(
        a -> JWSAlgorithm.Family.HMAC_SHA.contains(a) || "none".equals(a.getName()));
    if (algorithms.isEmpty()) {
      algorithms.add(JWSAlgorithm.RS256);
    }
    var validator =
        new IDTokenValidator(
            metadata.getIssuer(),
            new ClientID(settings.clientId()),
            new JWSVerificationKeySelector<>(algorithms, keys),
            null);
    return new Discovered(metadata, validator);
  }

  private static boolean isTrue(Object claim) {
    // Some providers send the boolean as a string.
    return Boolean.TRUE.equals(claim) || "true".equals(claim);
  }
}
