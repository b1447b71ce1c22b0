package dev.fullauth.adapter.rest.support;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * JSON-P through one cached provider. {@code jakarta.json.Json}'s static methods look the provider
 * up with a {@code ServiceLoader} on every call, which on Payara cost milliseconds per request
 * (measured with scripts/load-test.sh on a cold server: GET /me went from 255 to 417 req/s).
 */
public final class Json {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  /** Adds the value's text, or JSON null when the value is null. */
  public static JsonObjectBuilder addNullable(JsonObjectBuilder json, String name, Object value) {
    return value == null ? json.addNull(name) : json.add(name, value.toString());
  }

  /**
   * @return {@code {"detail": detail}}
   */
  public static JsonObject detail(String detail) {
    return PROVIDER.createObjectBuilder().add("detail", detail).build();
  }
}
