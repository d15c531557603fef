package com.atrium.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Serves the hand-kept API contract ({@value #RESOURCE}) at {@code /openapi}, exactly as written:
 * YAML by default, JSON for {@code Accept: application/json} or {@code ?format=JSON} (the
 * MicroProfile OpenAPI conventions). Payara's generated document cannot be OpenAPI 3.1 and is not
 * used: this exact mapping wins over the {@code /openapi/*} servlet Payara adds to the root
 * application, and annotation scanning is off ({@code mp.openapi.scan.disable}). docs/api.md.
 */
@WebServlet("/openapi")
public class OpenApiDocument extends HttpServlet {

  /** The contract on the class path; the build lints it and generates the test client from it. */
  public static final String RESOURCE = "openapi/atrium-api.yaml";

  private static final String YAML = "application/yaml";
  private static final String JSON = "application/json";

  private final byte[] yaml = read();
  private final byte[] json = toJson(yaml);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean asJson = wantsJson(request.getHeader("Accept"), request.getParameter("format"));
    byte[] body = asJson ? json : yaml;
    response.setContentType(asJson ? JSON : YAML);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  static boolean wantsJson(String accept, String format) {
    if (format != null) {
      return format.equalsIgnoreCase("json");
    }
    return accept != null && accept.contains(JSON) && !accept.contains(YAML);
  }

  private static byte[] read() {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same document as JSON; YAML's implicit timestamps are off, so dates stay strings. */
  static byte[] toJson(byte[] yaml) {
    LoaderOptions loading = new LoaderOptions();
    DumperOptions dumping = new DumperOptions();
    Object tree =
        new Yaml(
                new SafeConstructor(loading),
                new Representer(dumping),
                dumping,
                loading,
                new StringsOnlyDates())
            .load(new String(yaml, StandardCharsets.UTF_8));
    return value(tree).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonValue value(Object node) {
    if (node == null) {
      return JsonValue.NULL;
    }
    if (node instanceof Map<?, ?> map) {
      JsonObjectBuilder o = Json.createObjectBuilder();
      map.forEach((k, v) -> o.add(String.valueOf(k), value(v)));
      return o.build();
    }
    if (node instanceof List<?> list) {
      JsonArrayBuilder a = Json.createArrayBuilder();
      list.forEach(v -> a.add(value(v)));
      return a.build();
    }
    if (node instanceof String s) {
      return Json.createValue(s);
    }
    if (node instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (node instanceof Integer || node instanceof Long) {
      return Json.createValue(((Number) node).longValue());
    }
    if (node instanceof BigInteger i) {
      return Json.createValue(i);
    }
    if (node instanceof Double d) {
      return Json.createValue(BigDecimal.valueOf(d));
    }
    throw new IllegalStateException("Unexpected YAML value " + node.getClass() + ": " + node);
  }

  /** SnakeYAML's resolver without the timestamp rule: {@code 2026-11-23} stays a string. */
  private static final class StringsOnlyDates extends org.yaml.snakeyaml.resolver.Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
