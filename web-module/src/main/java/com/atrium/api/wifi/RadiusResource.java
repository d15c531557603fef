package com.atrium.api.wifi;

import com.atrium.platform.DomainException;
import com.atrium.wifi.Authorised;
import com.atrium.wifi.WifiGate;
import com.atrium.wifi.WifiSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FreeRADIUS (rlm_rest, {@code body = 'json'}) asks here on behalf of the mall's controllers: the
 * request's attributes come as {@code {"User-Name":{"type":"string","value":["..."]}}}, and a 200
 * answer's {@code reply:} attributes become the Access-Accept's; any refusal (a 4xx problem)
 * becomes an Access-Reject. The RADIUS server signs in with basic credentials of a WIFI_CONTROLLER
 * key (loopback or TLS only), or signs like any controller.
 */
@Path("v1/wifi/radius")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class RadiusResource {

  /** The largest value of a RADIUS integer attribute (32 bits, unsigned). */
  static final long MAX_INTEGER = 0xFFFF_FFFFL;

  private static final Pattern MAC =
      Pattern.compile(
          "[0-9A-Fa-f]{2}([-:.]?[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{4}){2}");

  @EJB WifiGate wifi;

  /**
   * Access-Request: User-Name is the phone and User-Password the one-time code, or User-Name is the
   * device's MAC (MAC authentication of a remembered device); Calling-Station-Id is the device's
   * MAC, Called-Station-Id the access point.
   */
  @POST
  @Path("authorize")
  public JsonObject authorize(String body) {
    JsonObject attributes = attributes(body);
    String user = required(attributes, "User-Name");
    String mac = required(attributes, "Calling-Station-Id");
    String ap = attr(attributes, "Called-Station-Id").map(RadiusResource::shortened).orElse(null);
    boolean macAuth = MAC.matcher(user).matches();
    Authorised a =
        macAuth
            ? wifi.authorise(null, null, mac, ap, false)
            : wifi.authorise(user, attr(attributes, "User-Password").orElse(null), mac, ap, false);
    return reply(a);
  }

  /** The reply attributes of a grant: what the controller enforces. */
  static JsonObject reply(Authorised a) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("reply:Session-Timeout", a.sessionMinutes() * 60L);
    // WISPr bandwidth is in bit/s
    b.add("reply:WISPr-Bandwidth-Max-Up", Math.min(MAX_INTEGER, a.upKbps() * 1000L));
    b.add("reply:WISPr-Bandwidth-Max-Down", Math.min(MAX_INTEGER, a.downKbps() * 1000L));
    // what is left of the day's quota; a controller that counts only 32 bits stops at 4 GiB
    b.add("reply:ChilliSpot-Max-Total-Octets", Math.min(MAX_INTEGER, a.remainingBytes()));
    b.add("reply:Reply-Message", "Welcome, " + a.tier() + " member");
    return b.build();
  }

  /**
   * Accounting-Request: Start, Interim-Update or Stop with the session's totals (octets and
   * gigawords, seconds); Accounting-On/Off of a controller changes nothing. 204 either way.
   */
  @POST
  @Path("accounting")
  public Response accounting(String body) {
    JsonObject attributes = attributes(body);
    String status = required(attributes, "Acct-Status-Type");
    WifiSession.Report kind =
        switch (status.toLowerCase(Locale.ROOT)) {
          case "start", "1" -> WifiSession.Report.START;
          case "stop", "2" -> WifiSession.Report.STOP;
          case "interim-update", "3" -> WifiSession.Report.INTERIM;
          case "accounting-on", "accounting-off", "7", "8" -> null;
          default ->
              throw DomainException.invalid(
                  "RADIUS_ATTRIBUTE_INVALID", "Acct-Status-Type", "Unknown Acct-Status-Type");
        };
    if (kind == null) {
      return Response.noContent().build();
    }
    String session = required(attributes, "Acct-Session-Id");
    if (session.length() > 64) {
      throw DomainException.invalid(
          "RADIUS_ATTRIBUTE_INVALID", "Acct-Session-Id", "Acct-Session-Id is at most 64 long");
    }
    wifi.account(
        session,
        kind,
        required(attributes, "Calling-Station-Id"),
        octets(attributes, "Acct-Input-Octets", "Acct-Input-Gigawords"),
        octets(attributes, "Acct-Output-Octets", "Acct-Output-Gigawords"),
        number(attributes, "Acct-Session-Time"));
    return Response.noContent().build();
  }

  /**
   * The body as a JSON object of attributes; read here rather than by the JSON provider, so that
   * anything else (empty, an array, too deep) is a 400 problem, not a provider's failure.
   */
  static JsonObject attributes(String body) {
    if (body != null && !body.isBlank()) {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonStructure read = reader.read();
        if (read instanceof JsonObject o) {
          return o;
        }
      } catch (RuntimeException e) {
        // JsonException, or Parsson's plain RuntimeException for input nested too deep: refused
      }
    }
    throw DomainException.invalid(
        "RADIUS_BODY_INVALID", null, "The body is a JSON object of RADIUS attributes");
  }

  private static long octets(JsonObject attributes, String octets, String gigawords) {
    return (number(attributes, gigawords) << 32) + number(attributes, octets);
  }

  /** An unsigned 32-bit attribute; absent is 0. */
  private static long number(JsonObject attributes, String name) {
    Optional<String> v = attr(attributes, name);
    if (v.isEmpty()) {
      return 0;
    }
    try {
      long n = Long.parseLong(v.get().trim());
      if (n >= 0 && n <= MAX_INTEGER) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw DomainException.invalid(
        "RADIUS_ATTRIBUTE_INVALID", name, name + " is an unsigned 32-bit integer");
  }

  private static String required(JsonObject attributes, String name) {
    return attr(attributes, name)
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "RADIUS_ATTRIBUTE_MISSING", name, "The request has no " + name));
  }

  /**
   * An attribute's first value, as rlm_rest sends it ({@code {"type":..,"value":[..]}}) or as a
   * plain string or number; anything else is refused.
   */
  static Optional<String> attr(JsonObject attributes, String name) {
    JsonValue v = attributes.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (v instanceof JsonObject o && o.get("value") instanceof JsonArray values) {
      v = values.isEmpty() ? JsonValue.NULL : values.get(0);
    }
    if (v instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (v instanceof JsonNumber n && n.isIntegral()) {
      return Optional.of(n.bigIntegerValue().toString());
    }
    if (v.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    throw DomainException.invalid(
        "RADIUS_ATTRIBUTE_INVALID", name, name + " is not a RADIUS attribute value");
  }

  private static String shortened(String s) {
    return s.length() > 64 ? s.substring(0, 64) : s;
  }
}
