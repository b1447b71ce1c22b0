package dev.fullauth.adapter.rest.support;

import dev.fullauth.application.port.in.session.ClientInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/** What a session records about its client: User-Agent and the socket peer's address. */
@RequestScoped
public class ClientInfoResolver {
  @Context HttpServletRequest request;

  @Context HttpHeaders headers;

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
    String address = request == null ? null : request.getRemoteAddr();
    return new ClientInfo(headers.getHeaderString(HttpHeaders.USER_AGENT), address);
  }
}
