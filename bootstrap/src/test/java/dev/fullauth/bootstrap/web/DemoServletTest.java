package dev.fullauth.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoServletTest {
  @Test
  void enabledByDefaultInDevelopment_disabledByDefaultInProduction() {
    assertThat(DemoServlet.enabled("development", Optional.empty())).isTrue();
    assertThat(DemoServlet.enabled(" Production ", Optional.empty())).isFalse();
    assertThat(DemoServlet.enabled("development", Optional.of(false))).isFalse();
    assertThat(DemoServlet.enabled("production", Optional.of(true))).isTrue();
  }

  @Test
  void pagesAreAddressedWithoutExtension() {
    assertThat(DemoServlet.file("/")).contains("/index.html");
    assertThat(DemoServlet.file("/verify")).contains("/verify.html");
    assertThat(DemoServlet.file("/reset-password")).contains("/reset-password.html");
    assertThat(DemoServlet.file("/app.js")).contains("/app.js");
    assertThat(DemoServlet.file("/fullauth-client/index.js")).contains("/fullauth-client/index.js");
  }

  @Test
  void onlyPlainNamesAreServed() {
    for (String bad :
        new String[] {
          "/../WEB-INF/web.xml",
          "/a/../../x",
          "/..",
          "/.hidden",
          "//etc/passwd",
          "/a%2e%2e/x",
          "/a\\b",
          "/a/./b",
          "/x..js",
          "/a b"
        }) {
      assertThat(DemoServlet.file(bad)).as(bad).isEmpty();
    }
  }
}
