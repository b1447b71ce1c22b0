package dev.fullauth.adapter.rest.support;

import dev.fullauth.adapter.rest.error.RequestValidationException;
import dev.fullauth.adapter.rest.error.ValidationIssue;
import dev.fullauth.domain.user.EmailAddress;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON request body being read field by field. Problems accumulate and are thrown together as one
 * 422 list when {@link #done()} is called, as the anchor's framework does.
 */
public final class JsonBody {
  private final JsonObject object;
  private final List<ValidationIssue> issues = new ArrayList<>();

  private JsonBody(JsonObject object) {
    this.object = object;
  }

  /**
   * @param raw the request body, may be null or empty
   * @return the parsed object
   * @throws RequestValidationException when the body is missing, not JSON or not an object
   */
  public static JsonBody required(String raw) {
    return optional(raw)
        .orElseThrow(
            () ->
                new RequestValidationException(
                    List.of(new ValidationIssue("missing", List.of("body"), "Field required"))));
  }

  /**
   * @param raw the request body, may be null or empty
   * @return the parsed object, or empty for an empty body or {@code null}
   * @throws RequestValidationException when the body is not JSON or not an object
   */
  public static Optional<JsonBody> optional(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(raw))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      long offset = e.getLocation() == null ? 0 : e.getLocation().getStreamOffset();
      throw new RequestValidationException(
          List.of(
              new ValidationIssue(
                  "json_invalid", List.of("body", Math.max(0, offset)), "JSON decode error")));
    } catch (JsonException e) {
      throw new RequestValidationException(
          List.of(new ValidationIssue("json_invalid", List.of("body", 0), "JSON decode error")));
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new RequestValidationException(
          List.of(
              new ValidationIssue(
                  "model_attributes_type",
                  List.of("body"),
                  "Input should be a valid dictionary or object to extract fields from")));
    }
    return Optional.of(new JsonBody(value.asJsonObject()));
  }

  /**
   * @return the underlying object
   */
  public JsonObject object() {
    return object;
  }

  /**
   * @return the field's string value; records an issue and returns null when missing or not a
   *     string
   */
  public String requiredString(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      issues.add(ValidationIssue.missing(field));
      return null;
    }
    return stringOrIssue(field, value);
  }

  /**
   * @return the field's string value, null when absent or null; records an issue for other types
   */
  public String optionalString(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return stringOrIssue(field, value);
  }

  /**
   * @return the field's value when it is a syntactically valid e-mail address; records the anchor's
   *     {@code value_error} issue (or missing/type issue) and returns null otherwise
   */
  public String requiredEmail(String field) {
    String value = requiredString(field);
    if (value != null && !EmailAddress.isValid(value)) {
      issues.add(
          new ValidationIssue(
              "value_error",
              List.of("body", field),
              "value is not a valid email address: The email address is not valid."));
      return null;
    }
    return value;
  }

  /** Records an issue found by the caller. */
  public void addIssue(ValidationIssue issue) {
    issues.add(issue);
  }

  /**
   * @throws RequestValidationException when any issue was recorded
   */
  public void done() {
    if (!issues.isEmpty()) {
      throw new RequestValidationException(issues);
    }
  }

  private String stringOrIssue(String field, JsonValue value) {
    if (value instanceof JsonString s) {
      return s.getString();
    }
    issues.add(ValidationIssue.notString(field));
    return null;
  }
}
