package dev.fullauth.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fullauth.application.port.out.InvalidTokenException;
import dev.fullauth.domain.password.CurrentPasswordIncorrectException;
import dev.fullauth.domain.password.PasswordPolicyViolationException;
import dev.fullauth.domain.shared.AccessDeniedException;
import dev.fullauth.domain.shared.InvalidCredentialsException;
import dev.fullauth.domain.user.UserAlreadyExistsException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionMappersTest {
  private final AuthExceptionMapper auth = new AuthExceptionMapper();

  private static String detail(Response response) {
    return ((JsonObject) response.getEntity()).get("detail").toString();
  }

  @Test
  void credentialFailures_allLookTheSame() {
    for (Response r :
        List.of(
            auth.toResponse(new InvalidCredentialsException("user missing")),
            auth.toResponse(new InvalidTokenException("bad signature")))) {
      assertThat(r.getStatus()).isEqualTo(401);
      assertThat(detail(r)).isEqualTo("\"Could not validate credentials\"");
      assertThat(r.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer");
    }
  }

  @Test
  void domainRules_mapToTheAnchorsStatusesAndDetails() {
    assertThat(auth.toResponse(new AccessDeniedException("x")).getStatus()).isEqualTo(403);
    assertThat(detail(auth.toResponse(new AccessDeniedException("x"))))
        .isEqualTo("\"Not enough permissions\"");
    assertThat(auth.toResponse(new UserAlreadyExistsException()).getStatus()).isEqualTo(409);
    Response policy = auth.toResponse(new PasswordPolicyViolationException(List.of("a", "b")));
    assertThat(policy.getStatus()).isEqualTo(422);
    assertThat(detail(policy)).isEqualTo("\"a; b\"");
    assertThat(auth.toResponse(new CurrentPasswordIncorrectException()).getStatus()).isEqualTo(400);
  }

  @Test
  void unexpectedErrors_are500_withACorrelationId_andNoInternals() {
    Response r =
        new FallbackExceptionMapper()
            .toResponse(new IllegalStateException("db password is hunter2"));
    assertThat(r.getStatus()).isEqualTo(500);
    assertThat(detail(r)).isEqualTo("\"Internal server error\"");
    assertThat(r.getEntity().toString()).doesNotContain("hunter2").doesNotContain("IllegalState");
    assertThat(r.getHeaderString("X-Correlation-Id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void busyHashing_is503_withRetryAfter() {
    Response r =
        auth.toResponse(new dev.fullauth.application.port.out.ServerBusyException("full", 10));
    assertThat(r.getStatus()).isEqualTo(503);
    assertThat(detail(r)).isEqualTo("\"Server busy. Try again later.\"");
    assertThat(r.getHeaderString("Retry-After")).isEqualTo("10");
  }

  @Test
  void unreachableDatabase_is503_notAServerBug() {
    var refused = new java.sql.SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    var wrapped =
        new RuntimeException(
            "jakarta.transaction.TransactionalException",
            new IllegalStateException("Error in allocating a connection", refused));
    Response r = new FallbackExceptionMapper().toResponse(wrapped);
    assertThat(r.getStatus()).isEqualTo(503);
    assertThat(detail(r)).isEqualTo("\"Service unavailable. Try again later.\"");
    assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(
            new FallbackExceptionMapper()
                .toResponse(new java.sql.SQLException("duplicate key", "23505"))
                .getStatus())
        .isEqualTo(500);
  }

  @Test
  void runtimeErrors_becomeJsonWithTheReasonPhrase() {
    WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
    assertThat(detail(mapper.toResponse(new NotFoundException()))).isEqualTo("\"Not Found\"");
    Response notAllowed = mapper.toResponse(new NotAllowedException("GET"));
    assertThat(notAllowed.getStatus()).isEqualTo(405);
    assertThat(notAllowed.getHeaderString("Allow")).contains("GET");
  }
}
