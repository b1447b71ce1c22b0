package dev.fullauth.bootstrap.system.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the passkey test page at {@code /passkey-test.html}, so that the browser test runs on the
 * application's own origin. Test deployment only.
 */
@WebServlet("/passkey-test.html")
public class PasskeyTestPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (InputStream page =
        PasskeyTestPageServlet.class.getResourceAsStream("/passkey-page/passkey-test.html")) {
      if (page == null) {
        response.sendError(404);
        return;
      }
      response.setContentType("text/html;charset=utf-8");
      page.transferTo(response.getOutputStream());
    }
  }
}
