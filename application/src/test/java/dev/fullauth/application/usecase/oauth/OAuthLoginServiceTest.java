package dev.fullauth.application.usecase.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.application.fake.ReversingCipher;
import dev.fullauth.application.port.in.oauth.OAuthAuthorization;
import dev.fullauth.application.port.in.oauth.OAuthCallbackCommand;
import dev.fullauth.application.port.in.oauth.OAuthLoginResult;
import dev.fullauth.application.port.in.session.ClientInfo;
import dev.fullauth.application.port.out.OAuthAccountRepository;
import dev.fullauth.application.port.out.OAuthProviderClient;
import dev.fullauth.application.port.out.OAuthProviderClient.ProviderLogin;
import dev.fullauth.application.usecase.Fixture;
import dev.fullauth.domain.event.OAuthLogin;
import dev.fullauth.domain.event.OAuthRegistered;
import dev.fullauth.domain.event.UserRegistered;
import dev.fullauth.domain.oauth.ExternalIdentity;
import dev.fullauth.domain.oauth.InvalidRedirectUriException;
import dev.fullauth.domain.oauth.LastLoginMethodException;
import dev.fullauth.domain.oauth.OAuthAccount;
import dev.fullauth.domain.oauth.OAuthAccountNotFoundException;
import dev.fullauth.domain.oauth.OAuthProviderNotConfiguredException;
import dev.fullauth.domain.user.EmailAddress;
import dev.fullauth.domain.user.User;
import dev.fullauth.domain.user.UserId;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OAuthLoginServiceTest {
  private static final String CALLBACK = "http://app.test/callback";
  private final Fixture f = new Fixture();

  private record Started(String state, OAuthAuthorization authorization) {}

  private Started start(String provider, ExternalIdentity identity) {
    f.oauthProvider.nextIdentity.put(provider, identity);
    OAuthAuthorization authorization =
        f.startOAuthLogin()
            .start(provider, provider.equals("github") ? "http://app.test/gh" : CALLBACK);
    String query = authorization.authorizationUrl().getRawQuery();
    String state = URLDecoder.decode(query.substring("state=".length()), StandardCharsets.UTF_8);
    return new Started(state, authorization);
  }

  private OAuthLoginResult callback(String provider, Started started, String binding) {
    return f.completeOAuthLogin()
        .complete(
            new OAuthCallbackCommand(
                provider,
                f.oauthProvider.codeFor(started.state()),
                started.state(),
                binding,
                new ClientInfo("ua", "10.0.0.9")));
  }

  private OAuthLoginResult roundTrip(ExternalIdentity identity) {
    Started started = start("corp", identity);
    return callback("corp", started, started.authorization().binding());
  }

  private static ExternalIdentity corp(String sub, String email, boolean verified) {
    return new ExternalIdentity("corp", sub, email, verified, "Ann", null);
  }

  private OAuthLoginResult callbackThrough(
      OAuthAccountLinker linker, OAuthProviderClient provider) {
    Started started = start("corp", corp("s-1", "ann@corp.test", true));
    return new CompleteOAuthLoginService(f.oauthPolicy, f.oneTimeStore, provider, linker)
        .complete(
            new OAuthCallbackCommand(
                "corp",
                f.oauthProvider.codeFor(started.state()),
                started.state(),
                started.authorization().binding(),
                new ClientInfo("ua", "10.0.0.9")));
  }

  @Test
  void theProviderIsAsked_beforeAndOutsideTheLinkingTransaction() {
    List<String> steps = new ArrayList<>();
    OAuthProviderClient provider =
        new OAuthProviderClient() {
          @Override
          public URI authorizationUri(String p, AuthorizationRequest request) {
            return f.oauthProvider.authorizationUri(p, request);
          }

          @Override
          public ProviderLogin exchange(String p, CodeExchange exchange) {
            steps.add("exchange, users stored: " + f.users.size());
            return f.oauthProvider.exchange(p, exchange);
          }
        };
    OAuthAccountLinker linker =
        new OAuthAccountLinker(
            f.oauthPolicy,
            f.oauthAccounts,
            f.users,
            new ReversingCipher(),
            f.issuer(),
            f.events,
            f.clock) {
          @Override
          public OAuthLoginResult link(String p, ProviderLogin login, ClientInfo client) {
            steps.add("link " + login.identity().providerUserId());
            return super.link(p, login, client);
          }
        };

    assertThat(callbackThrough(linker, provider)).isInstanceOf(OAuthLoginResult.LoggedIn.class);
    assertThat(steps).containsExactly("exchange, users stored: 0", "link s-1");
  }

  @Test
  void identityLinkedByAConcurrentLogin_rollsTheAttemptBack_andIsRejected() {
    // The lookup finds no link; a concurrent first login of the same identity commits one before
    // this attempt's insert.
    OAuthAccountRepository racing =
        new OAuthAccountRepository() {
          @Override
          public Optional<OAuthAccount> find(String provider, String providerUserId) {
            return Optional.empty();
          }

          @Override
          public List<OAuthAccount> findByUser(UserId user) {
            return List.of();
          }

          @Override
          public boolean insert(OAuthAccount account) {
            return false;
          }

          @Override
          public void update(OAuthAccount account) {}

          @Override
          public boolean delete(UserId user, String provider) {
            return false;
          }
        };
    OAuthAccountLinker linker =
        new OAuthAccountLinker(
            f.oauthPolicy, racing, f.users, new ReversingCipher(), f.issuer(), f.events, f.clock);

    assertThatThrownBy(
            () ->
                linker.link(
                    "corp",
                    new ProviderLogin(corp("s-2", "bob@corp.test", true), "a", null),
                    ClientInfo.unknown()))
        .as("leaves the transactional method, so the account it created is rolled back")
        .isInstanceOf(OAuthAccountLinker.IdentityLinkedConcurrently.class);
    assertThat(callbackThrough(linker, f.oauthProvider))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
    assertThat(f.sessions.all()).isEmpty();
    assertThat(f.events.events).isEmpty();
  }

  @Test
  void newIdentity_createsVerifiedUserWithoutPassword_andLinksIt() {
    var result = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ann@corp.test", true));

    assertThat(result.newUser()).isTrue();
    User user = f.users.findByEmail(EmailAddress.of("ann@corp.test")).orElseThrow();
    assertThat(user.passwordHash()).isEmpty();
    assertThat(user.isVerified()).isTrue();
    OAuthAccount link = f.oauthAccounts.find("corp", "s-1").orElseThrow();
    assertThat(link.userId()).isEqualTo(user.id());
    assertThat(link.sealedAccessToken()).isEqualTo("sealed:ssecca-redivorp");
    assertThat(f.events.events)
        .containsExactly(
            new OAuthLogin(user, "corp", true),
            new UserRegistered(user),
            new OAuthRegistered(user, corp("s-1", "ann@corp.test", true)));
  }

  @Test
  void unverifiedNewIdentity_createsNothing() {
    assertThat(roundTrip(corp("s-1", "ann@corp.test", false)))
        .isInstanceOf(OAuthLoginResult.Rejected.class);

    assertThat(f.users.findByEmail(EmailAddress.of("ann@corp.test"))).isEmpty();
    assertThat(f.oauthAccounts.rows).isEmpty();
  }

  @Test
  void unverifiedNewIdentity_ofATrustedProvider_createsAVerifiedUser() {
    f.oauthPolicy =
        new dev.fullauth.application.policy.OAuthPolicy(
            f.oauthPolicy.redirectUris(), Duration.ofMinutes(5), true, true, Set.of("corp"));

    var result = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ann@corp.test", false));

    assertThat(result.newUser()).isTrue();
    assertThat(f.users.findByEmail(EmailAddress.of("ann@corp.test")).orElseThrow().isVerified())
        .isTrue();
  }

  private User verifiedLocalUser(String email) {
    User user = f.registeredAndLoggedIn(email, "Correct-Horse-9").user().confirmEmail();
    f.users.update(user);
    return user;
  }

  @Test
  void returningIdentity_logsIntoTheSameUser_andRefreshesTheStoredTokens() {
    var first = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ann@corp.test", true));
    var second = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ann.new@corp.test", true));

    assertThat(second.newUser()).isFalse();
    assertThat(second.user().id()).isEqualTo(first.user().id());
    assertThat(f.oauthAccounts.find("corp", "s-1").orElseThrow().providerEmail())
        .isEqualTo("ann.new@corp.test");
    assertThat(f.oauthAccounts.rows).hasSize(1);
  }

  @Test
  void verifiedAddressOfVerifiedLocalUser_linksToThatUser() {
    User local = verifiedLocalUser("ann@corp.test");

    var result = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ANN@corp.test", true));

    assertThat(result.newUser()).isFalse();
    assertThat(result.user().id()).isEqualTo(local.id());
    assertThat(f.oauthAccounts.find("corp", "s-1").orElseThrow().userId()).isEqualTo(local.id());
  }

  @Test
  void verifiedAddressOfUnverifiedLocalUser_isRefused_nothingLinked_passwordKept() {
    User local = f.registeredAndLoggedIn("ann@corp.test", "Correct-Horse-9").user();

    assertThat(roundTrip(corp("s-1", "ann@corp.test", true)))
        .isInstanceOf(OAuthLoginResult.Rejected.class);

    assertThat(f.oauthAccounts.rows).isEmpty();
    assertThat(f.users.findById(local.id()).orElseThrow().passwordHash())
        .isEqualTo(local.passwordHash());
  }

  @Test
  void unverifiedAddressOfLocalUser_isRefused_andNothingIsLinked() {
    f.registeredAndLoggedIn("ann@corp.test", "Correct-Horse-9");

    assertThat(roundTrip(corp("s-1", "ann@corp.test", false)))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
    assertThat(f.oauthAccounts.rows).isEmpty();
  }

  @Test
  void addressOfLocalUser_withAutoLinkOff_isRefused() {
    verifiedLocalUser("ann@corp.test");
    f.oauthPolicy =
        new dev.fullauth.application.policy.OAuthPolicy(
            f.oauthPolicy.redirectUris(), Duration.ofMinutes(5), true, false);

    assertThat(roundTrip(corp("s-1", "ann@corp.test", true)))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
  }

  @Test
  void identityWithoutEmail_isRefused() {
    assertThat(roundTrip(corp("s-1", null, true))).isInstanceOf(OAuthLoginResult.Rejected.class);
    assertThat(f.users.count()).isZero();
  }

  @Test
  void state_worksOnce() {
    Started started = start("corp", corp("s-1", "ann@corp.test", true));
    String binding = started.authorization().binding();
    assertThat(callback("corp", started, binding)).isInstanceOf(OAuthLoginResult.LoggedIn.class);

    assertThat(callback("corp", started, binding)).isInstanceOf(OAuthLoginResult.Rejected.class);
  }

  @Test
  void expiredState_isRefused() {
    Started started = start("corp", corp("s-1", "ann@corp.test", true));
    f.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThat(callback("corp", started, started.authorization().binding()))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
  }

  @Test
  void stateOfAnotherProvider_isRefused_andBurnt() {
    Started started = start("github", corp("s-1", "ann@corp.test", true));

    assertThat(callback("corp", started, started.authorization().binding()))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
    assertThat(callback("github", started, started.authorization().binding()))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
  }

  @Test
  void missingOrWrongBinding_isRefused_unlessBindingIsOff() {
    Started a = start("corp", corp("s-1", "ann@corp.test", true));
    assertThat(callback("corp", a, null)).isInstanceOf(OAuthLoginResult.Rejected.class);
    Started b = start("corp", corp("s-1", "ann@corp.test", true));
    assertThat(callback("corp", b, a.authorization().binding()))
        .isInstanceOf(OAuthLoginResult.Rejected.class);

    f.oauthPolicy =
        new dev.fullauth.application.policy.OAuthPolicy(
            f.oauthPolicy.redirectUris(), Duration.ofMinutes(5), false, true);
    Started c = start("corp", corp("s-1", "ann@corp.test", true));
    assertThat(callback("corp", c, null)).isInstanceOf(OAuthLoginResult.LoggedIn.class);
  }

  @Test
  void providerRefusal_isARejection() {
    Started started = start("corp", corp("s-1", "ann@corp.test", true));
    var result =
        f.completeOAuthLogin()
            .complete(
                new OAuthCallbackCommand(
                    "corp",
                    "forged-code",
                    started.state(),
                    started.authorization().binding(),
                    ClientInfo.unknown()));

    assertThat(result).isInstanceOf(OAuthLoginResult.Rejected.class);
  }

  @Test
  void inactiveLinkedUser_isRefused() {
    var first = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ann@corp.test", true));
    f.users.update(first.user().deactivate());

    assertThat(roundTrip(corp("s-1", "ann@corp.test", true)))
        .isInstanceOf(OAuthLoginResult.Rejected.class);
  }

  @Test
  void unknownProviderOrRedirect_areRefusedAtStart() {
    assertThatThrownBy(() -> f.startOAuthLogin().start("nope", CALLBACK))
        .isInstanceOf(OAuthProviderNotConfiguredException.class)
        .hasMessage("OAuth provider 'nope' not configured");
    assertThatThrownBy(() -> f.startOAuthLogin().start("corp", CALLBACK + "/"))
        .isInstanceOf(InvalidRedirectUriException.class);
    assertThat(f.oneTimeStore.size()).isZero();
  }

  @Test
  void unlink_refusesTheOnlyLoginMethod_thenRemovesALink() {
    var in = (OAuthLoginResult.LoggedIn) roundTrip(corp("s-1", "ann@corp.test", true));
    assertThatThrownBy(() -> f.unlinkOAuthAccount().unlink(in.user().id(), "corp"))
        .isInstanceOf(LastLoginMethodException.class);
    // The corp link is "another provider" for github, so the guard passes and the link is missing.
    assertThatThrownBy(() -> f.unlinkOAuthAccount().unlink(in.user().id(), "github"))
        .isInstanceOf(OAuthAccountNotFoundException.class);

    Started gh =
        start("github", new ExternalIdentity("github", "42", "ann@corp.test", true, null, null));
    assertThat(callback("github", gh, gh.authorization().binding()))
        .isInstanceOf(OAuthLoginResult.LoggedIn.class);
    f.unlinkOAuthAccount().unlink(in.user().id(), "corp");
    assertThat(f.oauthAccounts.find("corp", "s-1")).isEmpty();
  }

  @Test
  void unlink_withPassword_unknownLinkIsNotFound() {
    var local = f.registeredAndLoggedIn("ann@corp.test", "Correct-Horse-9");

    assertThatThrownBy(() -> f.unlinkOAuthAccount().unlink(local.user().id(), "corp"))
        .isInstanceOf(OAuthAccountNotFoundException.class);
  }
}
