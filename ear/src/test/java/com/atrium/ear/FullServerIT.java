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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Deploys the built EAR on a fresh full Payara Server 6 domain against a fresh PostgreSQL database
 * with the demo data set, and checks it as a black box: health, the portal's pages, the API, the
 * partners' SOAP endpoint on the server's own JAX-WS (Metro). The domain is always undeployed and
 * stopped at the end, also when something failed; a failure prints the tail of server.log.
 */
@ExtendWith(FullServerIT.ServerLogOnFailure.class)
class FullServerIT {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /** The database of this run, recreated by the deployment; the SOAP checks read it. */
  private static String database;

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
    database =
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

  /**
   * The partners' SOAP endpoint runs on the server's own JAX-WS (Metro), with the checked-in WSDL
   * (as packaged in the WAR) served at ?wsdl, its address filled in.
   */
  @Test
  void theSoapEndpointServesTheCheckedInWsdlOnMetro() throws Exception {
    HttpResponse<String> wsdl = get(PartnerSoapCalls.PATH + "?wsdl");
    assertThat(wsdl.statusCode()).as(wsdl.body()).isEqualTo(200);
    String packaged =
        new String(
            EarLayoutIT.nestedEntry("atrium-web.war", "WEB-INF/classes/wsdl/partner.wsdl"),
            StandardCharsets.UTF_8);
    assertThat(names(wsdl.body()))
        .containsExactlyElementsOf(names(packaged))
        .hasSizeGreaterThan(40);
    assertThat(wsdl.body())
        .contains("Eclipse Metro")
        .contains("location=\"" + uri(PartnerSoapCalls.PATH) + "\"");
  }

  /**
   * WhoAmI, GetBalance and a write (ExchangeIn for the demo airline's linked member DA-0001: 5
   * miles are 50 points) over SOAP with a UsernameToken; the write replayed under a new token
   * answers the original; the same request sent again (its nonce used) is a fault and changes
   * nothing.
   */
  @Test
  void aPartnerExchangesOverSoapWithAUsernameToken() throws Exception {
    HttpResponse<String> who = soap(PartnerSoapCalls.header(), PartnerSoapCalls.whoAmI());
    assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
    assertThat(PartnerSoapCalls.text(who.body(), "keyId")).isEqualTo("partner-demoair");
    assertThat(PartnerSoapCalls.text(who.body(), "partnerCode")).isEqualTo("DEMOAIR");
    long before = soapBalance("DA-0001");

    String txn = "EAR-" + UUID.randomUUID();
    String exchange =
        PartnerSoapCalls.envelope(
            PartnerSoapCalls.header(), PartnerSoapCalls.exchangeIn(txn, "DA-0001", 5));
    HttpResponse<String> in = postSoap(exchange);
    assertThat(in.statusCode()).as(in.body()).isEqualTo(200);
    assertThat(PartnerSoapCalls.text(in.body(), "state")).isEqualTo("COMPLETED");
    assertThat(PartnerSoapCalls.text(in.body(), "points")).isEqualTo("50");
    assertThat(PartnerSoapCalls.text(in.body(), "replayed")).isEqualTo("false");
    assertThat(soapBalance("DA-0001")).isEqualTo(before + 50);

    HttpResponse<String> again =
        soap(PartnerSoapCalls.header(), PartnerSoapCalls.exchangeIn(txn, "DA-0001", 5));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(PartnerSoapCalls.text(again.body(), "id"))
        .isEqualTo(PartnerSoapCalls.text(in.body(), "id"));
    assertThat(PartnerSoapCalls.text(again.body(), "replayed")).isEqualTo("true");

    assertFault(postSoap(exchange), "NONCE_REUSED");
    assertFault(
        soap(
            PartnerSoapCalls.header(PartnerSoapCalls.KEY_ID, "wrong"),
            PartnerSoapCalls.exchangeIn("EAR-" + UUID.randomUUID(), "DA-0001", 5)),
        "SIGNATURE_INVALID");
    assertFault(
        soap("", PartnerSoapCalls.exchangeIn("EAR-" + UUID.randomUUID(), "DA-0001", 5)),
        "UNAUTHENTICATED");
    assertThat(soapBalance("DA-0001")).isEqualTo(before + 50);
    assertThat(exchangesOf("DEMOAIR", txn)).isEqualTo(1);
    assertLedgerBalanced();
  }

  /**
   * Hostile XML never reaches Metro's parser: an external entity, entity expansion and a huge body
   * are faults with their codes, the file stays unread and nothing is exchanged.
   */
  @Test
  void hostileXmlIsRefusedWithAFaultOnTheFullServer() throws Exception {
    Path secret = Files.createTempFile("atrium-ear-xxe", ".txt");
    Files.writeString(secret, "TOP-SECRET-FILE");
    String txn = "EAR-XXE-" + UUID.randomUUID();
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + PartnerSoapCalls.withoutDeclaration(
                PartnerSoapCalls.envelope(
                    PartnerSoapCalls.header(), PartnerSoapCalls.exchangeIn(txn, "&xxe;", 5)));
    HttpResponse<String> refused = postSoap(xxe);
    assertFault(refused, "XML_REFUSED");
    assertThat(refused.body()).doesNotContain("TOP-SECRET");

    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [");
    laughs.append("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"");
      laughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>");
    laughs.append(
        PartnerSoapCalls.withoutDeclaration(
            PartnerSoapCalls.envelope(
                PartnerSoapCalls.header(), PartnerSoapCalls.exchangeIn(txn, "&lol9;", 5))));
    assertFault(postSoap(laughs.toString()), "XML_REFUSED");

    String padding = "<p:note>" + "x".repeat(70 * 1024) + "</p:note>";
    assertFault(
        soap(PartnerSoapCalls.header(), PartnerSoapCalls.exchangeIn(txn, "DA-0001", 5) + padding),
        "MESSAGE_TOO_LARGE");
    String deep = "<p:a>".repeat(40) + "</p:a>".repeat(40);
    assertFault(
        soap(PartnerSoapCalls.header(), PartnerSoapCalls.exchangeIn(txn, "DA-0001", 5) + deep),
        "XML_REFUSED");

    assertFault(
        soap(PartnerSoapCalls.header(), PartnerSoapCalls.status(txn)), "EXCHANGE_NOT_FOUND");
    assertThat(exchangesOf("DEMOAIR", txn)).isZero();
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

  private static HttpResponse<String> soap(String header, String body)
      throws IOException, InterruptedException {
    return postSoap(PartnerSoapCalls.envelope(header, body));
  }

  private static HttpResponse<String> postSoap(String envelope)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(PartnerSoapCalls.PATH))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "text/xml; charset=UTF-8")
            .header("SOAPAction", "\"\"")
            .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long soapBalance(String memberRef) throws Exception {
    HttpResponse<String> balance =
        soap(PartnerSoapCalls.header(), PartnerSoapCalls.balance(memberRef));
    assertThat(balance.statusCode()).as(balance.body()).isEqualTo(200);
    return Long.parseLong(PartnerSoapCalls.text(balance.body(), "points"));
  }

  /** A refusal is a SOAP 1.1 fault (500, XML, never an HTML page) with its stable code. */
  private static void assertFault(HttpResponse<String> answer, String code) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(500);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    assertThat(answer.body()).as(answer.body()).contains("Fault").doesNotContain("<html");
    assertThat(PartnerSoapCalls.faultCode(answer.body())).as(answer.body()).isEqualTo(code);
  }

  /** Every name="..." in document order: operations, messages, elements, types, service. */
  private static List<String> names(String xml) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile(" name=\"([^\"]+)\"").matcher(xml);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static long exchangesOf(String partnerCode, String txn) throws SQLException {
    try (Connection c = database();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from partner_exchange x join partner p on p.id = x.partner_id"
                    + " where p.code = ? and x.partner_txn_id = ?")) {
      s.setString(1, partnerCode);
      s.setString(2, txn);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void assertLedgerBalanced() throws SQLException {
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) from (select entry_id from journal_line group by entry_id"
                    + " having sum(points) <> 0) x")) {
      r.next();
      assertThat(r.getLong(1)).as("journal entries that do not sum to zero").isZero();
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database, pgUser(), pgPassword());
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
