package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.Json;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The published API description: it is the hand-kept contract, byte for byte as YAML and the same
 * tree as JSON; every REST operation is there, each with a success response and its error
 * responses, and the shared Problem schema exists.
 */
@ExtendWith(RunningAtrium.class)
class OpenApiIT {

  @Test
  void theServedDocumentIsTheContract() throws Exception {
    HttpResponse<String> json = get("application/json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(new ObjectMapper().readTree(json.body())).isEqualTo(Contract.document());
    assertThat(Contract.document().path("openapi").asText()).isEqualTo("3.1.0");

    HttpResponse<byte[]> yaml =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(RunningAtrium.baseUri() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
    try (InputStream source = getClass().getClassLoader().getResourceAsStream(Contract.RESOURCE)) {
      assertThat(yaml.body()).isEqualTo(source.readAllBytes());
    }
  }

  @Test
  void everyOperationDocumentsItsErrors() throws Exception {
    HttpResponse<String> r = get("application/json");
    assertThat(r.statusCode()).isEqualTo(200);
    var doc = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(doc.getJsonObject("components").getJsonObject("schemas")).containsKey("Problem");
    var paths = doc.getJsonObject("paths");
    assertThat(paths.keySet())
        .contains(
            "/api/v1/pos/sales",
            "/api/v1/pos/sales/{id}",
            "/api/v1/pos/members",
            "/api/v1/pos/balance-inquiries",
            "/api/v1/pos/whoami",
            "/api/v1/parking/whoami",
            "/api/v1/wifi/whoami",
            "/api/v1/partner/whoami");
    List<String> undocumented = new ArrayList<>();
    for (String path : paths.keySet()) {
      var item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!List.of("get", "post", "put", "delete", "patch").contains(method)) {
          continue;
        }
        var responses = item.getJsonObject(method).getJsonObject("responses");
        boolean success = responses.keySet().stream().anyMatch(c -> c.startsWith("2"));
        boolean errors = responses.keySet().stream().anyMatch(c -> c.startsWith("4"));
        if (!success || !errors) {
          undocumented.add(method.toUpperCase() + " " + path + " " + responses.keySet());
        }
      }
    }
    assertThat(undocumented).as("operations without success or error responses").isEmpty();
  }

  private static HttpResponse<String> get(String accept) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(RunningAtrium.baseUri() + "/openapi"))
                .header("Accept", accept)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
