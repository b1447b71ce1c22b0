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
}
