package dev.fullauth.adapter.rest.support;

import dev.fullauth.application.port.in.session.ClientInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the server knows about the client: address (behind trusted proxies), User-Agent, language.
 */
@RequestScoped
public class ClientInfoResolver {
  @Context HttpServletRequest request;

  @Context HttpHeaders headers;

  @Inject
  @ConfigProperty(name = "fullauth.trusted.proxy.headers")
  Optional<String> trustedProxyHeaders;

  @Inject
  @ConfigProperty(name = "fullauth.trusted.proxy.count", defaultValue = "1")
  int trustedProxyCount;

  /**
   * The client's address (anchor §5.5): the first configured trusted header that is present
   * decides; of its comma-separated entries the one {@code FULLAUTH_TRUSTED_PROXY_COUNT} from the
   * right is the client (entries further left are client-controlled and ignored); with fewer
   * entries, or without a trusted header, the socket peer.
   *
   * @return the address, or {@code unknown}
   */
  public String clientAddress() {
    // A comma list (Payara's injection of Optional<List<String>> fails, so it is split here).
    for (String name : trustedProxyHeaders.orElse("").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      String value = headers.getHeaderString(name.strip());
      if (value == null || value.isBlank()) {
        continue;
      }
      List<String> hops =
          java.util.Arrays.stream(value.split(","))
              .map(String::strip)
              .filter(h -> !h.isEmpty())
              .toList();
      int count = Math.max(1, trustedProxyCount);
      if (hops.size() >= count) {
        return hops.get(hops.size() - count);
      }
      break;
    }
    String peer = request == null ? null : request.getRemoteAddr();
    return peer == null ? "unknown" : peer;
  }

  /**
   * The first language of {@code Accept-Language} as a BCP 47 tag, for mail templates.
   *
   * @return e.g. {@code de-CH}; {@code en} when absent or malformed
   */
  public String locale() {
    String header = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null) {
      return "en";
    }
    String first = header.split(",", 2)[0].split(";", 2)[0].strip();
    return first.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}") ? first : "en";
  }

  /**
   * @return the current request's client
   */
  public ClientInfo current() {
    return new ClientInfo(headers.getHeaderString(HttpHeaders.USER_AGENT), clientAddress());
  }
}
