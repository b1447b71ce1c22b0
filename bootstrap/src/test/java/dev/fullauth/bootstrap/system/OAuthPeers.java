package dev.fullauth.bootstrap.system;

import dev.fullauth.adapter.security.oauth.GitHubStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The OAuth providers the server under test talks to, on 127.0.0.1: a real OpenID provider
 * (mock-oauth2-server, issuer {@code /corp}) and a GitHub-shaped stub. Started once, on first use;
 * the server discovers them lazily, at its first OAuth request.
 */
public final class OAuthPeers {
  private static MockOAuth2Server oidc;
  private static GitHubStub github;

  private OAuthPeers() {}

  public static synchronized MockOAuth2Server oidc() {
    if (oidc == null) {
      oidc = new MockOAuth2Server();
      try {
        oidc.start(
            InetAddress.getByName("127.0.0.1"), Integer.getInteger("fullauth.it.oidc.port", 28091));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(oidc::shutdown));
    }
    return oidc;
  }

  public static synchronized GitHubStub github() {
    if (github == null) {
      try {
        github = new GitHubStub(Integer.getInteger("fullauth.it.github.port", 28092));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(github::close));
    }
    return github;
  }
}
