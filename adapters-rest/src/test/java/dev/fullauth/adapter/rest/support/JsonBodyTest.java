package dev.fullauth.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fullauth.adapter.rest.error.RequestValidationException;
import dev.fullauth.adapter.rest.error.ValidationIssue;
import org.junit.jupiter.api.Test;

class JsonBodyTest {
  @Test
  void emptyAndNullBodies_areAbsent_forOptionalBodies() {
    assertThat(JsonBody.optional(null)).isEmpty();
    assertThat(JsonBody.optional("  ")).isEmpty();
    assertThat(JsonBody.optional("null")).isEmpty();
  }

  @Test
  void missingBody_isAFieldRequiredIssue() {
    assertThatThrownBy(() -> JsonBody.required(""))
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.issues())
                    .extracting(ValidationIssue::type)
                    .containsExactly("missing"));
  }

  @Test
  void issues_accumulate_andNameTheField() {
    JsonBody body = JsonBody.required("{\"email\": 5, \"extra\": true}");
    assertThat(body.requiredString("email")).isNull();
    assertThat(body.requiredString("password")).isNull();
    assertThat(body.optionalString("name")).isNull();
    assertThatThrownBy(body::done)
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.issues())
                    .extracting(i -> i.type() + i.loc())
                    .containsExactly("string_type[body, email]", "missing[body, password]"));
  }

  @Test
  void notJsonOrNotAnObject_isRefused() {
    assertThatThrownBy(() -> JsonBody.required("{\"a\":"))
        .isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> JsonBody.required("[1]"))
        .isInstanceOf(RequestValidationException.class);
    assertThatThrownBy(() -> JsonBody.required("\"text\""))
        .isInstanceOf(RequestValidationException.class);
  }

  @Test
  void validStrings_areRead() {
    JsonBody body = JsonBody.required("{\"email\":\"a@b.co\",\"password\":\"pw\"}");
    assertThat(body.requiredString("email")).isEqualTo("a@b.co");
    assertThat(body.requiredString("password")).isEqualTo("pw");
    body.done();
  }

  @Test
  void emails_areCheckedForShape() {
    JsonBody body = JsonBody.required("{\"email\":\"not-an-email\",\"other\":\"a@b.co\"}");
    assertThat(body.requiredEmail("other")).isEqualTo("a@b.co");
    assertThat(body.requiredEmail("email")).isNull();
    assertThatThrownBy(body::done)
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e ->
                assertThat(e.issues())
                    .extracting(ValidationIssue::type)
                    .containsExactly("value_error"));
  }

  private static void assertJsonInvalid(String raw) {
    assertThatThrownBy(() -> JsonBody.required(raw))
        .isInstanceOfSatisfying(
            RequestValidationException.class,
            e -> {
              assertThat(e.issues()).hasSize(1);
              ValidationIssue issue = e.issues().get(0);
              assertThat(issue.type()).isEqualTo("json_invalid");
              assertThat(issue.loc()).hasSize(2).first().isEqualTo("body");
              assertThat(issue.msg()).isEqualTo("JSON decode error");
            });
  }

  @Test
  void thousandsOfNestedArrays_areJsonInvalid() {
    assertJsonInvalid("[".repeat(5000));
    assertJsonInvalid("[".repeat(5000) + "]".repeat(5000));
    assertJsonInvalid("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
  }

  @Test
  void thousandsOfNestedObjects_areJsonInvalid() {
    assertJsonInvalid("{\"a\":".repeat(5000));
    assertJsonInvalid("{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
  }

  @Test
  void nestingJustOverTheLimit_isRefused_atTheLimit_accepted() {
    int inner = JsonBody.MAX_DEPTH - 1;
    String atLimit = "{\"a\":" + "[".repeat(inner) + "]".repeat(inner) + "}";
    assertThat(JsonBody.required(atLimit).object()).containsKey("a");
    assertJsonInvalid("{\"a\":" + "[".repeat(inner + 1) + "]".repeat(inner + 1) + "}");
    assertThat(JsonBody.tooDeepAt("[".repeat(JsonBody.MAX_DEPTH + 1)))
        .isEqualTo(JsonBody.MAX_DEPTH);
  }

  @Test
  void bracketsInsideStrings_doNotCount() {
    String brackets = "[{".repeat(5000);
    JsonBody body = JsonBody.required("{\"password\":\"" + brackets + "\"}");
    assertThat(body.requiredString("password")).isEqualTo(brackets);
    // An escaped quote does not end the string: the brackets after it are still inside it.
    String escaped = "{\"a\":\"\\\"" + "[".repeat(100) + "\\\\\"}";
    assertThat(JsonBody.required(escaped).requiredString("a"))
        .isEqualTo("\"" + "[".repeat(100) + "\\");
    // Closing brackets inside strings do not lower the depth either.
    assertJsonInvalid("{\"a\":" + "[\"]]]]\",".repeat(100) + "1" + "]".repeat(100) + "}");
  }

  @Test
  void passkeyShapedBody_isAccepted() {
    String body =
        """
        {"challenge_key":"passkey:auth:0123456789abcdef0123456789abcdef",
         "device_name":"Laptop [work] {primary}",
         "credential":{"id":"AbC-_1","rawId":"AbC-_1","type":"public-key",
           "authenticatorAttachment":"platform",
           "response":{"clientDataJSON":"eyJ0eXBlIjoid2ViYXV0aG4uY3JlYXRlIn0",
             "attestationObject":"o2NmbXRkbm9uZQ","transports":["internal","hybrid"]},
           "clientExtensionResults":{"credProps":{"rk":true},"prf":{"results":{"first":"AA"}}}}}
        """;
    JsonBody parsed = JsonBody.required(body);
    assertThat(parsed.requiredString("device_name")).isEqualTo("Laptop [work] {primary}");
    assertThat(parsed.object().getJsonObject("credential").getString("type"))
        .isEqualTo("public-key");
    parsed.done();
  }
}
