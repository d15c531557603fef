package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the container and the JAX-RS runtime answer by themselves: under {@code /api/} the same
 * problem document as every API refusal, each status with its stable code; in the portal a friendly
 * page, never the server's own. And the operators' API, called with the portal session, refuses a
 * state-changing call without {@code X-Requested-By} (a forged cross-site request).
 */
@ExtendWith(RunningAtrium.class)
class ContainerErrorsIT {

  @Test
  void unknownPathsOfTheApiAreProblems() throws Exception {
    PosClient pos = PosClient.of(Fixtures.posKey());
    assertProblem(pos.get("/api/v1/pos/no-such-thing").send(), 404, "NOT_FOUND");
    HttpResponse<String> unsigned =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(RunningAtrium.baseUri().resolve("/api/v9/nothing")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertProblem(
        new PosClient.Response(unsigned.statusCode(), unsigned.headers(), unsigned.body()),
        404,
        "NOT_FOUND");
  }

  @Test
  void wrongMethodAcceptOrContentTypeAreProblems() {
    PosClient pos = PosClient.of(Fixtures.posKey());
    PosClient.Response delete = pos.delete("/api/v1/pos/sales").send();
    assertProblem(delete, 405, "METHOD_NOT_ALLOWED");
    assertThat(delete.header("Allow").orElse("")).contains("POST");

    assertProblem(
        pos.get("/api/v1/pos/whoami").header("Accept", "text/html").send(), 406, "NOT_ACCEPTABLE");
    assertProblem(
        pos.post("/api/v1/pos/sales", "receipt=1").header("Content-Type", "text/plain").send(),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    assertProblem(
        pos.post("/api/v1/pos/sales", "{}").withoutContentType().send(),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void theContainersOwnRefusalsOfTheOperatorsApiAreProblems() throws Exception {
    HttpResponse<String> anonymous =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        RunningAtrium.baseUri().resolve("/api/v1/operator/ledger-check"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertProblem(
        new PosClient.Response(anonymous.statusCode(), anonymous.headers(), anonymous.body()),
        401,
        "SIGNATURE_MISSING");

    // the web.xml constraint lets finance and admins check the ledger, not customer service
    var service = Fixtures.operator("OPERATOR_SERVICE");
    PortalClient browser = new PortalClient();
    browser.login(service.username(), service.password());
    PortalClient.Page refused = browser.get("/api/v1/operator/ledger-check");
    assertProblem(asResponse(refused), 403, "FORBIDDEN");
    PortalClient.Page publish =
        browser.postJson("/api/v1/operator/earning-rules", "{\"rules\":{}}");
    assertProblem(asResponse(publish), 403, "FORBIDDEN");
  }

  @Test
  void aForbiddenOrUnknownPortalPageIsAFriendlyPage() {
    var service = Fixtures.operator("OPERATOR_SERVICE");
    PortalClient browser = new PortalClient();
    browser.login(service.username(), service.password());
    PortalClient.Page forbidden = browser.get("/operator/logins.xhtml");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(forbidden.body()).contains("id=\"error\"", "Not allowed").doesNotContain("Payara");

    PortalClient chinese = new PortalClient("zh-CN");
    chinese.login(service.username(), service.password());
    assertThat(chinese.get("/operator/audit.xhtml").body()).contains("无权访问");

    PortalClient.Page missing = browser.get("/no-such-page.xhtml");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("id=\"error\"", "Page not found").doesNotContain("Payara");
  }

  @Test
  void aSessionCallThatChangesSomethingNeedsTheCsrfHeader() {
    ItDatabase db = RunningAtrium.database();
    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    long versions = db.longValue("select count(*) from earning_rule_set");
    String body = "{\"effectiveFrom\":\"2020-01-01T00:00:00Z\",\"rules\":{}}";

    PortalClient.Page forged =
        browser.postJsonWithoutCsrfHeader("/api/v1/operator/earning-rules", body);
    assertProblem(asResponse(forged), 403, "CSRF_HEADER_REQUIRED");
    PortalClient.Page simulation =
        browser.postJsonWithoutCsrfHeader(
            "/api/v1/operator/earning-rules/simulations", "{\"from\":\"2026-01-01\"}");
    assertProblem(asResponse(simulation), 403, "CSRF_HEADER_REQUIRED");

    // with the header the call reaches the resource, which judges the body
    PortalClient.Page judged = browser.postJson("/api/v1/operator/earning-rules", body);
    assertProblem(asResponse(judged), 400, "RULES_INVALID");
    // reading needs no header
    assertThat(browser.get("/api/v1/operator/earning-rules").status()).isEqualTo(200);
    assertThat(db.longValue("select count(*) from earning_rule_set")).isEqualTo(versions);

    // a signed machine request carries no cookie and needs no header
    PosClient pos = PosClient.of(Fixtures.posKey());
    assertThat(pos.post("/api/v1/pos/balance-inquiries", "{\"phone\":\"19900000999\"}").send())
        .satisfies(r -> assertThat(r.problemCode()).isEqualTo("MEMBER_NOT_FOUND"));
  }

  private static PosClient.Response asResponse(PortalClient.Page page) {
    return new PosClient.Response(page.status(), page.headers(), page.body());
  }

  static void assertProblem(PosClient.Response r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
    JsonObject problem = Json.createReader(new StringReader(r.body())).readObject();
    assertThat(problem)
        .as(r.toString())
        .containsEntry("code", Json.createValue(code))
        .containsEntry("status", Json.createValue(status))
        .containsEntry("type", Json.createValue("urn:atrium:problem:" + code));
    assertThat(problem.getString("detail")).doesNotContain("Exception", "java.");
  }
}
