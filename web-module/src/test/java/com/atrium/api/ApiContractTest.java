package com.atrium.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept contract and the code agree: every JAX-RS operation of the WAR is in the document
 * and every operation of the document is implemented, and /openapi's JSON is the same document.
 */
class ApiContractTest {

  private static JsonNode document;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        ApiContractTest.class.getClassLoader().getResourceAsStream(OpenApiDocument.RESOURCE)) {
      document = new YAMLMapper().readTree(in);
    }
  }

  @Test
  void everyOperationOfTheApplicationIsDocumentedAndNoOtherIs() {
    assertThat(documented()).isEqualTo(implemented());
  }

  @Test
  void theDocumentIsOpenApi31WithUniqueCamelCaseOperationIds() {
    assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
    List<String> ids = new ArrayList<>();
    document
        .path("paths")
        .forEach(
            item -> item.forEach(operation -> ids.add(operation.path("operationId").asText())));
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z0-9]+"));
  }

  @Test
  void theServedJsonIsTheDocument() throws IOException {
    byte[] yaml;
    try (InputStream in =
        ApiContractTest.class.getClassLoader().getResourceAsStream(OpenApiDocument.RESOURCE)) {
      yaml = in.readAllBytes();
    }
    assertThat(new ObjectMapper().readTree(OpenApiDocument.toJson(yaml))).isEqualTo(document);
  }

  @Test
  void jsonIsServedWhenAskedFor() {
    assertThat(OpenApiDocument.wantsJson("application/json", null)).isTrue();
    assertThat(OpenApiDocument.wantsJson(null, "JSON")).isTrue();
    assertThat(OpenApiDocument.wantsJson("application/json", "yaml")).isFalse();
    assertThat(OpenApiDocument.wantsJson("*/*", null)).isFalse();
    assertThat(OpenApiDocument.wantsJson(null, null)).isFalse();
    assertThat(OpenApiDocument.wantsJson("application/yaml, application/json", null)).isFalse();
  }

  private static Set<String> documented() {
    Set<String> operations = new TreeSet<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }

  /** "METHOD /api/..." for every resource method under com.atrium.api, from its annotations. */
  private static Set<String> implemented() {
    String root = AtriumApi.class.getAnnotation(ApplicationPath.class).value();
    Set<String> operations = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.atrium.api")) {
      Class<?> resource = type.reflect();
      Path classPath = resource.getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : resource.getDeclaredMethods()) {
        String verb = httpMethod(method);
        if (verb == null) {
          continue;
        }
        Path methodPath = method.getAnnotation(Path.class);
        operations.add(
            verb
                + " "
                + join(root, classPath.value(), methodPath == null ? "" : methodPath.value()));
      }
    }
    return operations;
  }

  private static String httpMethod(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static String join(String... segments) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      String s = segment.replaceAll("^/+|/+$", "");
      if (!s.isEmpty()) {
        path.append('/').append(s);
      }
    }
    return path.toString();
  }
}
