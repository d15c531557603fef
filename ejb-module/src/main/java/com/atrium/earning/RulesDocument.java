package com.atrium.earning;

import com.atrium.platform.DomainException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the JSON of a rules document part by part. Every part of the wrong type is refused as
 * RULES_INVALID naming the part and what it should be, so that no parser's text reaches a caller.
 */
final class RulesDocument {

  /** Longest decimal text read, so that no exponent or digit string can cost real work. */
  private static final int MAX_DECIMAL_TEXT = 32;

  private RulesDocument() {}

  static JsonObject object(JsonValue v, String field) {
    if (v == null || v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid(field, field + " is a JSON object");
    }
    return v.asJsonObject();
  }

  /** A decimal given as a string ("1.5", as stored) or a number; absent or null: the fallback. */
  static BigDecimal decimal(JsonObject o, String field, BigDecimal fallback) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      if (fallback == null) {
        throw invalid(field, field + " is required");
      }
      return fallback;
    }
    return decimal(v, field);
  }

  static BigDecimal decimal(JsonValue v, String field) {
    String text =
        switch (v.getValueType()) {
          case STRING -> ((JsonString) v).getString().trim();
          case NUMBER -> v.toString();
          default -> null;
        };
    if (text != null && !text.isEmpty() && text.length() <= MAX_DECIMAL_TEXT) {
      try {
        BigDecimal d = new BigDecimal(text);
        if (Math.abs(d.scale()) <= MAX_DECIMAL_TEXT) {
          return d;
        }
      } catch (NumberFormatException e) {
        // refused below, with the field's name
      }
    }
    throw invalid(field, field + " is a decimal number such as \"1.5\"");
  }

  /** A whole number (a JSON integer); absent or null: the fallback. */
  static Long whole(JsonObject o, String field, Long fallback) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return fallback;
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigDecimalValue().longValueExact();
      } catch (ArithmeticException e) {
        // refused below, with the field's name
      }
    }
    throw invalid(field, field + " is a whole number of points");
  }

  static String text(JsonObject o, String field) {
    JsonValue v = o.get(field);
    return v instanceof JsonString s ? s.getString() : null;
  }

  static Instant instant(JsonObject o, String field) {
    String text = text(o, field);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(field, field + " is an ISO-8601 instant such as 2026-11-11T16:00:00Z");
    }
  }

  /** An object of code -> decimal; absent or null: none. */
  static Map<String, BigDecimal> multipliers(JsonObject o, String field) {
    JsonValue v = o.get(field);
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return m;
    }
    object(v, field).forEach((code, value) -> m.put(code, decimal(value, field)));
    return m;
  }

  /** An array of strings; absent or null: none. */
  static Set<String> strings(JsonObject o, String field) {
    JsonValue v = o.get(field);
    Set<String> s = new TreeSet<>();
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return s;
    }
    if (v.getValueType() == JsonValue.ValueType.ARRAY) {
      JsonArray a = v.asJsonArray();
      if (a.size() <= EarningRuleSet.MAX_CODES) {
        for (JsonValue e : a) {
          if (!(e instanceof JsonString code) || code.getString().length() > 32) {
            throw invalid(field, field + " is a list of codes");
          }
          s.add(code.getString());
        }
        return s;
      }
    }
    throw invalid(field, field + " is a list of at most " + EarningRuleSet.MAX_CODES + " codes");
  }

  /** An array of objects; absent or null: none. */
  static List<JsonObject> objects(JsonObject o, String field, int max) {
    JsonValue v = o.get(field);
    List<JsonObject> list = new ArrayList<>();
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return list;
    }
    if (v.getValueType() == JsonValue.ValueType.ARRAY && v.asJsonArray().size() <= max) {
      for (JsonValue e : v.asJsonArray()) {
        list.add(object(e, field));
      }
      return list;
    }
    throw invalid(field, field + " is a list of at most " + max);
  }

  /** Campaign number {@code n} of the document (its code may be what is wrong with it). */
  static Campaign campaign(JsonObject c, int n) {
    try {
      return new Campaign(
          text(c, "code"),
          text(c, "name"),
          instant(c, "startsAt"),
          instant(c, "endsAt"),
          strings(c, "tenants"),
          strings(c, "categories"),
          c.containsKey("multiplier") && !c.isNull("multiplier")
              ? decimal(c.get("multiplier"), "multiplier")
              : null,
          whole(c, "bonus", 0L),
          whole(c, "budget", 0L),
          funder(c));
    } catch (DomainException e) {
      throw e.code().equals(EarningRuleSet.RULES_INVALID)
          ? invalid("campaigns", "Campaign " + n + ": " + e.getMessage())
          : e;
    }
  }

  /** A campaign's funding tenant: a tenant code, or absent or null for the operator. */
  private static String funder(JsonObject c) {
    JsonValue v = c.get("fundedBy");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString code
        && !code.getString().isBlank()
        && code.getString().length() <= 32) {
      return code.getString();
    }
    throw invalid("fundedBy", "fundedBy is the code of the tenant that funds the campaign");
  }

  private static DomainException invalid(String field, String message) {
    return DomainException.invalid(EarningRuleSet.RULES_INVALID, field, message);
  }
}
