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
   * @return the current request's client
   */
  public ClientInfo current() {
    String address = request == null ? null : request.getRemoteAddr();
    return new ClientInfo(headers.getHeaderString(HttpHeaders.USER_AGENT), address);
  }
}
