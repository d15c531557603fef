package com.atrium.ear;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.security.RequestSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Deploys the built EAR on a fresh full Payara Server 6 domain against a fresh PostgreSQL database
 * with the demo data set, and checks it as a black box: health, the portal's pages, the API. The
 * domain is always undeployed and stopped at the end, also when something failed; a failure prints
 * the tail of server.log.
 */
@ExtendWith(FullServerIT.ServerLogOnFailure.class)
class FullServerIT {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private static final FullPayaraServer SERVER = FullPayaraServer.fromSystemProperties();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeAll
  static void deployTheEarOnAFreshDomain() throws SQLException {
    Path ear = Path.of(System.getProperty("atrium.ear", "target/atrium.ear"));
    assertThat(ear).as("the EAR built by this module").isRegularFile();
    String database =
        System.getProperty(
            "atrium.ear.database", "atrium_ear" + System.getProperty("atrium.it.db-suffix", ""));
    recreateDatabase(database);

    Map<String, String> environment = new HashMap<>();
    environment.put(
        "ATRIUM_DB_URL", "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database);
    environment.put("ATRIUM_DB_USER", pgUser());
    // an empty value counts as missing in MicroProfile Config: unset, the default applies
    environment.put("ATRIUM_DB_PASSWORD", pgPassword().isEmpty() ? null : pgPassword());
    environment.put("ATRIUM_DEMO_SEED", "true");

    SERVER.createDomain();
    SERVER.start(environment);
    SERVER.deploy(ear);
    awaitReady();
  }

  @AfterAll
  static void undeployAndStop() {
    try {
      SERVER.undeploy();
    } finally {
      SERVER.stop();
    }
  }

  @Test
  void readinessAndOverallHealthAreUp() throws Exception {
    for (String path : new String[] {"/health/ready", "/health/live", "/health"}) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      assertThat(json(response.body()).getString("status")).as(path).isEqualTo("UP");
    }
  }

  /**
   * PrimeFaces is found by Faces inside the skinny WAR and renders its theme on the start page (or
   * on the login page a protected start page sends the visitor to).
   */
  @Test
  void aPortalPageRendersWithPrimeFaces() throws Exception {
    HttpResponse<String> response = getFollowingRedirects("/");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body()).contains("jakarta.faces.resource").contains("ln=primefaces");
  }

  @Test
  void theLoginPageRendersTheLoginForm() throws Exception {
    HttpResponse<String> response = get("/login.xhtml");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body()).contains("<form").contains("type=\"password\"");
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    HttpResponse<String> response = get("/openapi");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Atrium API");
  }

  /** The EAR's WAR carries no SOAP runtime: /soap/* says so as a problem (docs/full-server.md). */
  @Test
  void soapIsUnavailableOnTheFullServer() throws Exception {
    HttpResponse<String> response = get("/soap/partner?wsdl");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("SOAP_UNAVAILABLE");
  }

  /**
   * A POS call signed exactly as the brief prescribes is accepted and identifies the tenant of the
   * key (pos-fb001, from the demo data set).
   */
  @Test
  void aSignedPosCallIdentifiesTheTenantOfTheKey() throws Exception {

    String path = "/api/v1/pos/whoami";
    long timestamp = Instant.now().getEpochSecond();
    String nonce = UUID.randomUUID().toString().replace("-", "");
    String contentSha256 = RequestSignature.sha256Hex(new byte[0]);
    String signature =
        RequestSignature.sign(
            "demo-secret-fb001",
            RequestSignature.canonical("GET", path, timestamp, nonce, contentSha256));
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .header(RequestSignature.KEY_ID, "pos-fb001")
            .header(RequestSignature.TIMESTAMP, Long.toString(timestamp))
            .header(RequestSignature.NONCE, nonce)
            .header(RequestSignature.CONTENT_SHA256, contentSha256)
            .header(RequestSignature.SIGNATURE, signature)
            .GET()
            .build();

    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json(response.body()).getString("tenantCode")).isEqualTo("FB001");
  }

  /**
   * Polls readiness until UP; the deployment has already run Flyway, so this is normally at once.
   */
  private static void awaitReady() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = get("/health/ready");
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    }
    throw new IllegalStateException("not ready within " + READY_TIMEOUT + ": " + last);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Follows the application's own redirects (same server), at most five. */
  private static HttpResponse<String> getFollowingRedirects(String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response =
          get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
    }
    return response;
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + SERVER.httpPort() + path);
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static void recreateDatabase(String database) throws SQLException {
    String url = "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/postgres";
    try (Connection c = DriverManager.getConnection(url, pgUser(), pgPassword());
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
  }

  private static String pgHost() {
    return env("PGHOST").orElse("127.0.0.1");
  }

  private static String pgPort() {
    return env("PGPORT").orElse("5432");
  }

  private static String pgUser() {
    return env("PGUSER").orElse("postgres");
  }

  private static String pgPassword() {
    return Optional.ofNullable(System.getenv("PGPASSWORD")).orElse("");
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }

  /** Prints the end of server.log when the deployment or a check fails. */
  static final class ServerLogOnFailure
      implements TestWatcher, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      print(context.getDisplayName());
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable cause)
        throws Throwable {
      print("deployment");
      throw cause;
    }

    private static void print(String what) {
      System.err.println(
          "---- "
              + what
              + " failed; last lines of "
              + SERVER.serverLog()
              + " ----"
              + System.lineSeparator()
              + SERVER.serverLogTail(120)
              + System.lineSeparator()
              + "---- end of server.log ----");
    }
  }
}
