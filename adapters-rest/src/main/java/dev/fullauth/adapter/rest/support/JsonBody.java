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
 *
 * <p>Every request body is parsed here. Bodies nested deeper than {@value #MAX_DEPTH} arrays and
 * objects are refused before parsing, as malformed JSON: no FullAuth body needs more than a few
 * levels (a passkey credential is the deepest), and the parser would otherwise spend work on, and
 * fail with an unexpected exception at, thousands of levels.
 */
public final class JsonBody {
  /** Deepest nesting of arrays and objects accepted in a request body. */
  public static final int MAX_DEPTH = 32;

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
    int tooDeep = tooDeepAt(raw);
    if (tooDeep >= 0) {
      throw invalidJson(tooDeep);
    }
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(raw))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      long offset = e.getLocation() == null ? 0 : e.getLocation().getStreamOffset();
      throw invalidJson(Math.max(0, offset));
    } catch (JsonException e) {
      throw invalidJson(0);
    } catch (RuntimeException e) {
      // Parsson reports some limits (nesting among them) with a bare RuntimeException; whatever
      // the parser refuses is the client's malformed body, never a 500.
      throw invalidJson(0);
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
   * Finds where a body nests deeper than {@link #MAX_DEPTH}, in one pass without recursion:
   * brackets and braces count outside string literals only, and a backslash escapes the next
   * character inside them. The text need not be valid JSON; the parser judges the rest.
   *
   * @param raw the request body
   * @return the offset of the first bracket or brace beyond the limit, or -1 when there is none
   */
  static int tooDeepAt(String raw) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          return i;
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return -1;
  }

  private static RequestValidationException invalidJson(long offset) {
    return new RequestValidationException(
        List.of(new ValidationIssue("json_invalid", List.of("body", offset), "JSON decode error")));
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
