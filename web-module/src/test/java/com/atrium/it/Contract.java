package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API contract (web-module/src/main/resources/openapi/atrium-api.yaml) as a referee of real
 * answers: an answer's status and media type must be documented for its operation, its body must
 * validate against the documented schema (JSON Schema 2020-12, formats asserted), and it may carry
 * no property the schema does not name. Remembers which operations were checked with a success and
 * with an error, so that a test can demand both for every operation.
 */
final class Contract {

  static final String RESOURCE = "openapi/atrium-api.yaml";

  private static final JsonNode DOCUMENT = read();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          b ->
              b.metaSchema(OpenApi31.getInstance())
                  .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private final Set<String> succeeded = new TreeSet<>();
  private final Set<String> failed = new TreeSet<>();

  static JsonNode document() {
    return DOCUMENT;
  }

  /** Every operation of the document, as "METHOD /path/{template}". */
  static Set<String> operations() {
    Set<String> all = new TreeSet<>();
    DOCUMENT
        .path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> all.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return all;
  }

  /**
   * Checks one answer of {@code operation} ("POST /api/v1/pos/sales") against the document.
   *
   * @param contentType the answer's Content-Type header, or null without a body
   */
  void check(String operation, int status, String contentType, String body) {
    String[] parts = operation.split(" ", 2);
    String pointer =
        "/paths/" + escape(parts[1]) + "/" + parts[0].toLowerCase(Locale.ROOT) + "/responses";
    JsonNode responses = at(pointer);
    assertThat(responses.isMissingNode()).as("%s is not documented", operation).isFalse();
    String responsePointer = pointer + "/" + status;
    JsonNode response = at(responsePointer);
    assertThat(response.isMissingNode())
        .as("%s answered %d, which is not documented: %s", operation, status, body)
        .isFalse();
    if (response.has("$ref")) {
      responsePointer = response.get("$ref").asText().substring(1);
      response = at(responsePointer);
    }
    String mediaType = contentType == null ? null : contentType.split(";")[0].trim();
    JsonNode content = response.path("content");
    if (mediaType == null || content.isMissingNode()) {
      assertThat(mediaType).as("%s %d has no documented body", operation, status).isNull();
    } else {
      assertThat(content.has(mediaType))
          .as("%s %d answered %s, documented: %s", operation, status, mediaType, content)
          .isTrue();
      String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
      JsonNode schema = at(schemaPointer);
      if (mediaType.contains("json")) {
        if (schema.has("$ref")) {
          schemaPointer = schema.get("$ref").asText().substring(1);
        }
        validate(operation + " " + status, schemaPointer, body);
      }
    }
    (status < 400 ? succeeded : failed).add(operation);
  }

  Set<String> succeeded() {
    return succeeded;
  }

  Set<String> failed() {
    return failed;
  }

  private static void validate(String what, String schemaPointer, String body) {
    JsonSchema schema =
        SCHEMAS.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + schemaPointer), CONFIG);
    Set<ValidationMessage> errors = schema.validate(body, InputFormat.JSON);
    assertThat(errors).as("%s: %s does not match %s", what, body, schemaPointer).isEmpty();
    List<String> undeclared = new ArrayList<>();
    try {
      undeclared(JSON.readTree(body), at(schemaPointer), "$", undeclared);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(undeclared).as("%s: properties the document does not name", what).isEmpty();
  }

  /** Collects the paths of object properties that the schema (through $ref and allOf) omits. */
  private static void undeclared(JsonNode value, JsonNode schema, String where, List<String> out) {
    JsonNode s = resolve(schema);
    if (value.isArray() && s.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        undeclared(value.get(i), s.get("items"), where + "[" + i + "]", out);
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    collectProperties(s, properties);
    if (properties.isEmpty()) {
      return; // a map (additionalProperties) or a free-form object
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode declared = properties.get(field.getKey());
      if (declared == null) {
        out.add(where + "." + field.getKey());
      } else {
        undeclared(field.getValue(), declared, where + "." + field.getKey(), out);
      }
    }
  }

  private static void collectProperties(JsonNode schema, Map<String, JsonNode> into) {
    JsonNode s = resolve(schema);
    s.path("properties").fields().forEachRemaining(e -> into.put(e.getKey(), e.getValue()));
    s.path("allOf").forEach(part -> collectProperties(part, into));
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = at(s.get("$ref").asText().substring(1));
    }
    return s;
  }

  private static JsonNode at(String pointer) {
    return DOCUMENT.at(pointer);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode read() {
    try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
