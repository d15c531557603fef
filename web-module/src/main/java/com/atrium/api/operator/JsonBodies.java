package com.atrium.api.operator;

import com.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The operator API's request bodies: a JSON object, or a BODY_INVALID problem before any field. */
public final class JsonBodies {

  private JsonBodies() {}

  /** The body as a JSON object; anything else is refused before any field is read. */
  public static JsonObject object(String body) {
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      value = reader.readValue();
    } catch (RuntimeException e) {
      // a JsonException, or the bare RuntimeException Parsson throws for input nested too deeply
      throw bodyInvalid();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw bodyInvalid();
    }
    return value.asJsonObject();
  }

  private static DomainException bodyInvalid() {
    return DomainException.invalid("BODY_INVALID", null, "The body is a JSON object");
  }
}
