package dev.fullauth.bootstrap.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Answers the errors that the servlet container produces itself, outside JAX-RS (oversized or
 * malformed requests, failures before routing), with the contract's JSON body instead of Payara's
 * HTML page (CONTRACT.md item 14). Wired by {@code WEB-INF/web.xml} error pages.
 */
@WebServlet("/_container-error")
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Map<Integer, String> REASONS =
      Map.of(
          400, "Bad Request",
          401, "Could not validate credentials",
          403, "Not enough permissions",
          404, "Not Found",
          405, "Method Not Allowed",
          413, "Request Entity Too Large",
          414, "URI Too Long",
          415, "Unsupported Media Type",
          431, "Request Header Fields Too Large",
          503, "Service Unavailable");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    String detail =
        status >= 500 && status != 503
            ? "Internal server error"
            : REASONS.getOrDefault(status, "Error");
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(Json.createObjectBuilder().add("detail", detail).build().toString());
  }
}
