package dev.fullauth.bootstrap.system.app;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Lets the tests read what {@link RecordingObserver} saw. Test deployment only. */
@WebServlet("/_test/events")
public class SeenEventsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder seen = Json.createArrayBuilder();
    RecordingObserver.SEEN.forEach(seen::add);
    response.setContentType("application/json");
    response.getWriter().write(seen.build().toString());
  }
}
