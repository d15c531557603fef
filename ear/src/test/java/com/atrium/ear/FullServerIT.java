package com.atrium.ear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.atrium.ear.soap.client.Balance;
import com.atrium.ear.soap.client.Exchange;
import com.atrium.ear.soap.client.Link;
import com.atrium.ear.soap.client.PartnerPort;
import com.atrium.ear.soap.client.ReconciliationSummary;
import com.atrium.ear.soap.client.Right;
import com.atrium.security.RequestSignature;
import com.atrium.security.UsernameToken;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.xml.ws.Holder;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
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

  /** The same database for the tests' own partners and for reading what a call left. */
  private static EarDatabase db;

  /** Every operation of the WSDL's port type, in its order; each is called below. */
  static final List<String> OPERATIONS =
      List.of(
          "WhoAmI",
          "LinkMember",
          "ConfirmLink",
          "Unlink",
          "ExchangeIn",
          "ExchangeOut",
          "ConfirmExchange",
          "RejectExchange",
          "ReverseExchange",
          "GetExchangeStatus",
          "GetBalance",
          "GetReconciliationFile",
          "UploadReconciliationFile",
          "GrantRight",
          "RevokeRight",
          "GetRight",
          "ListRights");

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
    db =
        new EarDatabase(
            "jdbc:postgresql://" + pgHost() + ":" + pgPort() + "/" + database,
            pgUser(),
            pgPassword());

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
   * The served WSDL's port type offers exactly the operations this class runs on Metro (below), so
   * a new operation without a full-server test fails here.
   */
  @Test
  void theServedWsdlOffersExactlyTheOperationsRunOnTheFullServer() throws Exception {
    HttpResponse<String> wsdl = get(PartnerSoapCalls.PATH + "?wsdl");
    assertThat(wsdl.statusCode()).as(wsdl.body()).isEqualTo(200);
    String portType =
        wsdl.body()
            .substring(
                wsdl.body().indexOf("<wsdl:portType"), wsdl.body().indexOf("</wsdl:portType>"));
    List<String> operations = new ArrayList<>();
    Matcher m = Pattern.compile("<wsdl:operation name=\"([^\"]+)\"").matcher(portType);
    while (m.find()) {
      operations.add(m.group(1));
    }
    assertThat(operations).containsExactlyElementsOf(OPERATIONS);
  }

  /** WhoAmI through the generated client names the key and its partner. */
  @Test
  void whoAmIThroughTheGeneratedClientNamesTheKeyAndItsPartner() {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    Holder<String> keyId = new Holder<>();
    Holder<String> partner = new Holder<>();
    p.soap().whoAmI(keyId, partner);
    assertThat(keyId.value).isEqualTo(p.keyId);
    assertThat(partner.value).isEqualTo(p.code);
  }

  /**
   * PartnerSoapIT's walk on Metro: link with the outbox's code (a wrong one refused), exchange in,
   * out with confirmation (replayed, then a rejection refused), status, balance, not enough points,
   * an unknown id, unlink; each answer exact.
   */
  @Test
  void aMemberLinksExchangesInAndOutAndUnlinksOnMetro() {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    PartnerPort soap = p.soap();
    String phone = p.newMember();

    Link asked = soap.linkMember("SM-1", phone);
    assertThat(asked.getState()).isEqualTo("PENDING");
    assertThat(asked.getCodeExpiresAt()).isNotNull();
    assertThat(code(() -> soap.exchangeIn("SE-0", "SM-1", 1000))).isEqualTo("LINK_NOT_FOUND");
    String code = p.codeSentTo(phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThat(code(() -> soap.confirmLink("SM-1", wrong))).isEqualTo("LINK_CODE_INVALID");
    Link active = soap.confirmLink("SM-1", code);
    assertThat(active.getState()).isEqualTo("ACTIVE");
    assertThat(active.getMemberRef()).isEqualTo("SM-1");
    assertThat(soap.getBalance("SM-1").getPoints()).isZero();

    Exchange in = soap.exchangeIn("SIN-1", "SM-1", 1009);
    assertThat(in.getState()).isEqualTo("COMPLETED");
    assertThat(in.getDirection()).isEqualTo("IN");
    assertThat(in.getPoints()).isEqualTo(100); // 1009 / 10, down
    assertThat(in.getRateFrom()).isEqualTo(10);
    assertThat(in.getFee()).isEqualByComparingTo("0.51"); // 0.50 + 1% of 100 points at 0.01
    assertThat(in.isReplayed()).isFalse();
    assertThat(in.getReversibleUntil()).isNotNull();
    Balance balance = soap.getBalance("SM-1");
    assertThat(balance.getPoints()).isEqualTo(100);
    assertThat(balance.getNextExpiryPoints()).isEqualTo(100L);

    Exchange out = soap.exchangeOut("SOUT-1", "SM-1", 62);
    assertThat(out.getState()).isEqualTo("PENDING");
    assertThat(out.getDirection()).isEqualTo("OUT");
    assertThat(out.getPartnerAmount()).isEqualTo(4); // 62 * 8 / 100, down
    assertThat(soap.getBalance("SM-1").getPoints()).isEqualTo(38);
    Exchange confirmed = soap.confirmExchange("SOUT-1");
    assertThat(confirmed.getState()).isEqualTo("CONFIRMED");
    assertThat(confirmed.isReplayed()).isFalse();
    assertThat(soap.confirmExchange("SOUT-1").isReplayed()).isTrue();
    assertThat(code(() -> soap.rejectExchange("SOUT-1"))).isEqualTo("EXCHANGE_STATE_CONFLICT");
    Exchange status = soap.getExchangeStatus("SOUT-1");
    assertThat(status.getState()).isEqualTo("CONFIRMED");
    assertThat(status.getMemberRef()).isEqualTo("SM-1");
    assertThat(status.getPoints()).isEqualTo(62);
    assertThat(status.getSettledAt()).isNotNull();
    assertThat(code(() -> soap.exchangeOut("SOUT-2", "SM-1", 39))).isEqualTo("INSUFFICIENT_POINTS");
    assertThat(code(() -> soap.getExchangeStatus("NOPE-1"))).isEqualTo("EXCHANGE_NOT_FOUND");
    assertThat(soap.getBalance("SM-1").getPoints()).isEqualTo(38);
    assertThat(p.exchanges()).isEqualTo(2);

    assertThat(soap.unlink("SM-1").getState()).isEqualTo("UNLINKED");
    assertThat(code(() -> soap.exchangeIn("SIN-2", "SM-1", 1000))).isEqualTo("LINK_NOT_FOUND");
    assertThat(p.exchanges()).isEqualTo(2);
    assertLedgerBalanced();
  }

  /** A rejection gives the points back; a reversal undoes an exchange and returns the deposit. */
  @Test
  void aRejectionGivesThePointsBackAndAReversalUndoesAnExchangeOnMetro() {
    EarPartner p = EarPartner.create(db, uri("/"), "PREPAID", new BigDecimal("100.00"));
    p.linkNewMember("SR-1");
    PartnerPort soap = p.soap();

    assertThat(soap.exchangeIn("RIN-1", "SR-1", 1000).getPoints()).isEqualTo(100);
    assertThat(soap.exchangeOut("ROUT-1", "SR-1", 60).getState()).isEqualTo("PENDING");
    assertThat(soap.getBalance("SR-1").getPoints()).isEqualTo(40);
    assertThat(soap.rejectExchange("ROUT-1").getState()).isEqualTo("REJECTED");
    assertThat(soap.getBalance("SR-1").getPoints()).isEqualTo(100);
    assertThat(soap.rejectExchange("ROUT-1").isReplayed()).isTrue();
    assertThat(soap.getExchangeStatus("ROUT-1").getState()).isEqualTo("REJECTED");

    assertThat(p.deposit()).isEqualByComparingTo("98.49"); // 100 points at 0.01 + fee 0.51
    Exchange reversed = soap.reverseExchange("RIN-1");
    assertThat(reversed.getState()).isEqualTo("REVERSED");
    assertThat(reversed.isReplayed()).isFalse();
    assertThat(soap.getBalance("SR-1").getPoints()).isZero();
    assertThat(p.deposit()).isEqualByComparingTo("100.00");
    assertThat(soap.reverseExchange("RIN-1").isReplayed()).isTrue();
    assertThat(soap.getExchangeStatus("RIN-1").getState()).isEqualTo("REVERSED");
    assertLedgerBalanced();
  }

  /**
   * The same transaction id again answers the original; another body under it is
   * PARTNER_TXN_CONFLICT; another partner's ids are unknown to a stranger. Nothing changes.
   */
  @Test
  void aReplayAnswersTheOriginalAndAConflictOrAnotherPartnersIdIsAFaultOnMetro() {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    p.linkNewMember("SP-1");
    PartnerPort soap = p.soap();

    Exchange first = soap.exchangeIn("PIN-1", "SP-1", 500);
    Exchange replay = soap.exchangeIn("PIN-1", "SP-1", 500);
    assertThat(replay.isReplayed()).isTrue();
    assertThat(replay.getId()).isEqualTo(first.getId());
    assertThat(replay.getPoints()).isEqualTo(50);
    assertThat(code(() -> soap.exchangeIn("PIN-1", "SP-1", 600))).isEqualTo("PARTNER_TXN_CONFLICT");
    assertThat(code(() -> soap.exchangeOut("PIN-1", "SP-1", 10))).isEqualTo("PARTNER_TXN_CONFLICT");
    assertThat(soap.getBalance("SP-1").getPoints()).isEqualTo(50);
    assertThat(p.exchanges()).isEqualTo(1);

    EarPartner other = EarPartner.postpaid(db, uri("/"));
    PartnerPort stranger = other.soap();
    assertThat(code(() -> stranger.getExchangeStatus("PIN-1"))).isEqualTo("EXCHANGE_NOT_FOUND");
    assertThat(code(() -> stranger.reverseExchange("PIN-1"))).isEqualTo("EXCHANGE_NOT_FOUND");
    assertThat(code(() -> stranger.getBalance("SP-1"))).isEqualTo("LINK_NOT_FOUND");
    assertThat(soap.getExchangeStatus("PIN-1").getState()).isEqualTo("COMPLETED");
    assertThat(soap.getBalance("SP-1").getPoints()).isEqualTo(50);
    assertThat(other.exchanges()).isZero();
    assertLedgerBalanced();
  }

  /**
   * PartnerSoapIT's eight concurrent copies of one exchange in on Metro, each through its own
   * generated client and UsernameToken: one exchange, one credit, the same answer to all.
   */
  @Test
  void eightConcurrentCopiesOfAnExchangeMakeOneAndAnswerTheSameOnMetro() throws Exception {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    p.linkNewMember("SC-1");
    int n = 8;
    List<PartnerPort> ports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ports.add(p.soap()); // made beforehand: the copies race, not the WSDL reads
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Exchange>> answers = new ArrayList<>();
    for (PartnerPort port : ports) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return port.exchangeIn("SCIN-1", "SC-1", 3000);
              }));
    }
    start.countDown();
    List<Exchange> exchanges = new ArrayList<>();
    for (Future<Exchange> a : answers) {
      exchanges.add(a.get());
    }
    pool.shutdown();

    List<Exchange> originals = exchanges.stream().filter(e -> !e.isReplayed()).toList();
    assertThat(originals).hasSize(1);
    Exchange original = originals.get(0);
    assertThat(original.getState()).isEqualTo("COMPLETED");
    assertThat(original.getPoints()).isEqualTo(300);
    assertThat(original.getFee()).isEqualByComparingTo("0.53"); // 0.50 + 1% of 3.00
    for (Exchange e : exchanges) {
      assertThat(e).usingRecursiveComparison().ignoringFields("replayed").isEqualTo(original);
    }
    assertThat(exchanges).filteredOn(Exchange::isReplayed).hasSize(n - 1);
    assertThat(p.exchanges()).isEqualTo(1);
    assertThat(ports.get(0).getBalance("SC-1").getPoints()).isEqualTo(300);
    assertLedgerBalanced();
  }

  /**
   * PartnerSoapIT's limits on Metro: per exchange in both directions, the member's day and month,
   * the partner's day; each fault its exact code, changing nothing.
   */
  @Test
  void limitsPerExchangePerMemberAndPerPartnerAreFaultsOnMetro() {
    EarPartner p = EarPartner.create(db, uri("/"), "POSTPAID", BigDecimal.ZERO, 150, 0, 250);
    p.linkNewMember("SX-1");
    p.linkNewMember("SX-2");
    PartnerPort soap = p.soap();

    refusesIn(p, soap, "XIN-0", "SX-1", 99, "EXCHANGE_BELOW_MINIMUM");
    refusesIn(p, soap, "XIN-00", "SX-1", 50_010, "EXCHANGE_ABOVE_MAXIMUM");
    assertThat(soap.exchangeIn("XIN-1", "SX-1", 1000).getPoints()).isEqualTo(100);
    refusesIn(p, soap, "XIN-2", "SX-1", 600, "MEMBER_DAILY_LIMIT");
    assertThat(soap.exchangeIn("XIN-3", "SX-1", 500).getPoints()).isEqualTo(50); // exactly 150
    assertThat(soap.exchangeIn("XIN-4", "SX-2", 1000).getPoints()).isEqualTo(100); // partner: 250
    refusesIn(p, soap, "XIN-5", "SX-2", 100, "PARTNER_DAILY_CAP");
    refusesOut(p, soap, "XOUT-0", "SX-1", 9, "EXCHANGE_BELOW_MINIMUM");
    refusesOut(p, soap, "XOUT-00", "SX-1", 5001, "EXCHANGE_ABOVE_MAXIMUM");
    // a refused exchange leaves its id free, and a reversed one stops counting
    assertThat(soap.reverseExchange("XIN-4").getState()).isEqualTo("REVERSED");
    assertThat(soap.exchangeIn("XIN-5", "SX-2", 100).getPoints()).isEqualTo(10);
    assertThat(soap.getBalance("SX-1").getPoints()).isEqualTo(150);
    assertThat(soap.getBalance("SX-2").getPoints()).isEqualTo(10);
    assertThat(p.exchanges()).isEqualTo(4);

    EarPartner monthly = EarPartner.create(db, uri("/"), "POSTPAID", BigDecimal.ZERO, 0, 150, 0);
    monthly.linkNewMember("SM-1");
    PartnerPort m = monthly.soap();
    assertThat(m.exchangeIn("MIN-1", "SM-1", 1000).getPoints()).isEqualTo(100);
    refusesIn(monthly, m, "MIN-2", "SM-1", 600, "MEMBER_MONTHLY_LIMIT");
    assertThat(m.exchangeIn("MIN-3", "SM-1", 500).getPoints()).isEqualTo(50); // exactly 150
    refusesIn(monthly, m, "MIN-4", "SM-1", 100, "MEMBER_MONTHLY_LIMIT");
    assertThat(m.getBalance("SM-1").getPoints()).isEqualTo(150);
    assertLedgerBalanced();
  }

  @Test
  void aPrepaidDepositThatCannotPayIsAFaultOnMetro() {
    EarPartner p = EarPartner.create(db, uri("/"), "PREPAID", new BigDecimal("1.50"));
    p.linkNewMember("SD-1");
    PartnerPort soap = p.soap();

    // 100 points: 1.00 CNY + fee 0.50 + 1% = 1.51 > 1.50
    refusesIn(p, soap, "DIN-1", "SD-1", 1000, "DEPOSIT_EXHAUSTED");
    assertThat(p.deposit()).isEqualByComparingTo("1.50");
    // 90 points: 0.90 + 0.51 = 1.41
    assertThat(soap.exchangeIn("DIN-2", "SD-1", 900).getPoints()).isEqualTo(90);
    assertThat(p.deposit()).isEqualByComparingTo("0.09");
    refusesIn(p, soap, "DIN-3", "SD-1", 100, "DEPOSIT_EXHAUSTED");
    assertThat(p.deposit()).isEqualByComparingTo("0.09");
    assertThat(soap.getBalance("SD-1").getPoints()).isEqualTo(90);
    assertThat(
            db.longValue(
                "select count(*) from partner_deposit_movement where partner_id = ?", p.id))
        .isEqualTo(1);
    assertLedgerBalanced();
  }

  @Test
  void aReversalAfterItsWindowIsAFaultAndChangesNothingOnMetro() {
    EarPartner p = EarPartner.create(db, uri("/"), "PREPAID", new BigDecimal("100.00"));
    p.linkNewMember("SW-1");
    PartnerPort soap = p.soap();
    assertThat(soap.exchangeIn("WIN-1", "SW-1", 1000).getPoints()).isEqualTo(100);
    assertThat(p.deposit()).isEqualByComparingTo("98.49"); // 1.00 + fee 0.51
    // past the window's end (moved into the past here: the window itself is the agreement's)
    db.update(
        "update partner_exchange set reversible_until = ? where partner_id = ?"
            + " and partner_txn_id = 'WIN-1'",
        Instant.now().minusSeconds(1),
        p.id);

    assertThat(code(() -> soap.reverseExchange("WIN-1"))).isEqualTo("REVERSAL_WINDOW_CLOSED");
    assertThat(soap.getExchangeStatus("WIN-1").getState()).isEqualTo("COMPLETED");
    assertThat(soap.getBalance("SW-1").getPoints()).isEqualTo(100);
    assertThat(p.deposit()).isEqualByComparingTo("98.49");
    assertThat(p.exchanges()).isEqualTo(1);
    assertLedgerBalanced();
  }

  @Test
  void aSuspendedPartnersNewExchangeIsAFaultAndAReversalStillRunsOnMetro() {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    p.linkNewMember("SS-1");
    PartnerPort soap = p.soap();
    assertThat(soap.exchangeIn("SSIN-1", "SS-1", 1000).getPoints()).isEqualTo(100);
    db.update("update partner set status = 'SUSPENDED' where id = ?", p.id);

    refusesIn(p, soap, "SSIN-2", "SS-1", 1000, "PARTNER_SUSPENDED");
    refusesOut(p, soap, "SSOUT-1", "SS-1", 50, "PARTNER_SUSPENDED");
    assertThat(soap.reverseExchange("SSIN-1").getState()).isEqualTo("REVERSED");
    assertThat(soap.getBalance("SS-1").getPoints()).isZero();
    assertThat(p.exchanges()).isEqualTo(1);
    assertLedgerBalanced();
  }

  /** A right granted (the tier floor applied), replayed, refused, read, listed and revoked. */
  @Test
  void aRightIsGrantedListedRevokedAndReplayedOnMetro() throws Exception {
    EarPartner p = EarPartner.postpaid(db, uri("/")).defineRight("PREMIUM", "GOLD", 120, 100);
    String phone = p.linkNewMember("SRT-1");
    PartnerPort soap = p.soap();
    XMLGregorianCalendar until =
        DatatypeFactory.newInstance().newXMLGregorianCalendar("2099-12-31T16:00:00Z");

    Right granted = soap.grantRight("SG-1", "SRT-1", "PREMIUM", null, until);
    assertThat(granted.getState()).isEqualTo("ACTIVE");
    assertThat(granted.getRightCode()).isEqualTo("PREMIUM");
    assertThat(granted.isReplayed()).isFalse();
    assertThat(granted.getValidUntil().toGregorianCalendar().toInstant())
        .isEqualTo(Instant.parse("2099-12-31T16:00:00Z"));
    assertThat(db.value("select tier from member where id = ?", p.memberId(phone)))
        .isEqualTo("GOLD");
    Right replay = soap.grantRight("SG-1", "SRT-1", "PREMIUM", null, until);
    assertThat(replay.isReplayed()).isTrue();
    assertThat(replay.getId()).isEqualTo(granted.getId());
    assertThat(code(() -> soap.grantRight("SG-1", "SRT-1", "OTHER", null, until)))
        .isEqualTo("RIGHT_GRANT_CONFLICT");
    assertThat(code(() -> soap.grantRight("SG-2", "SRT-1", "NOSUCH", null, until)))
        .isEqualTo("RIGHT_CODE_UNKNOWN");
    Right read = soap.getRight("SG-1");
    assertThat(read.getMemberRef()).isEqualTo("SRT-1");
    assertThat(read.getState()).isEqualTo("ACTIVE");
    assertThat(soap.listRights("SRT-1", null, null))
        .extracting(Right::getGrantId)
        .containsExactly("SG-1");
    assertThat(soap.listRights("SRT-1", 1, 1)).isEmpty();

    PartnerPort stranger = EarPartner.postpaid(db, uri("/")).soap();
    assertThat(code(() -> stranger.revokeRight("SG-1"))).isEqualTo("RIGHT_GRANT_NOT_FOUND");
    assertThat(code(() -> stranger.getRight("SG-1"))).isEqualTo("RIGHT_GRANT_NOT_FOUND");
    assertThat(soap.getRight("SG-1").getState()).isEqualTo("ACTIVE");

    Right revoked = soap.revokeRight("SG-1");
    assertThat(revoked.getState()).isEqualTo("REVOKED");
    assertThat(revoked.getRevokedAt()).isNotNull();
    assertThat(soap.revokeRight("SG-1").isReplayed()).isTrue();
    assertThat(soap.getRight("SG-1").getState()).isEqualTo("REVOKED");
    assertThat(soap.listRights("SRT-1", null, null))
        .extracting(Right::getState)
        .containsExactly("REVOKED");
    assertLedgerBalanced();
  }

  /**
   * The day's file downloaded (base64 bytes through Metro) and the partner's uploaded, also one
   * over 64 KiB (the gate's allowance for UploadReconciliationFile, with no CXF on the server); a
   * bad day, a wrong trailer and bytes that are not UTF-8 are faults with nothing stored.
   */
  @Test
  void thePartnerDownloadsAtriumsDailyFileAndUploadsItsOwnOnMetro() {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    PartnerPort soap = p.soap();
    p.linkNewMember("SR-1");
    assertThat(soap.exchangeIn("SR-IN-1", "SR-1", 1009).getPoints()).isEqualTo(100);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    String file = new String(soap.getReconciliationFile(today), StandardCharsets.UTF_8);
    List<String> lines = file.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("H," + p.code + "," + today + ",");
    assertThat(lines.get(1)).startsWith("D,SR-IN-1,").contains(",SR-1,IN,100,1009,10:1,");
    assertThat(lines.get(2)).isEqualTo("T,1,100,1009");

    String theirs =
        "H,"
            + p.code
            + ","
            + today
            + "\r\nD,SR-IN-1,,SR-1,IN,100,1009,,,COMPLETED,\r\n"
            + "D,SR-THEIRS,,SR-1,IN,10,100,,,COMPLETED,\r\nT,2,110,1109\r\n";
    ReconciliationSummary summary =
        soap.uploadReconciliationFile(today, theirs.getBytes(StandardCharsets.UTF_8));
    assertThat(summary.getPartnerCode()).isEqualTo(p.code);
    assertThat(summary.getBusinessDay()).isEqualTo(today);
    assertThat(summary.getLines()).isEqualTo(2);
    assertThat(summary.getMatched()).isEqualTo(1);
    assertThat(summary.getMissingInAtrium()).isEqualTo(1);
    assertThat(summary.getMissingAtPartner()).isZero();
    assertThat(summary.getAmountsDiffer()).isZero();
    assertThat(p.reconUploads()).isEqualTo(1);

    assertThat(code(() -> soap.getReconciliationFile("2026-13-01"))).isEqualTo("RECON_DAY_INVALID");
    byte[] wrongTrailer = theirs.replace("T,2,", "T,3,").getBytes(StandardCharsets.UTF_8);
    assertThat(code(() -> soap.uploadReconciliationFile(today, wrongTrailer)))
        .isEqualTo("RECON_FILE_INVALID");
    byte[] notUtf8 = {'H', ',', (byte) 0xC3, (byte) 0x28};
    assertThat(code(() -> soap.uploadReconciliationFile(today, notUtf8)))
        .isEqualTo("RECON_FILE_INVALID");
    String tomorrow = LocalDate.parse(today).plusDays(1).toString();
    byte[] bytes = theirs.getBytes(StandardCharsets.UTF_8);
    assertThat(code(() -> soap.uploadReconciliationFile(tomorrow, bytes)))
        .isEqualTo("RECON_DAY_INVALID");
    assertThat(p.reconUploads()).isEqualTo(1);

    StringBuilder big = new StringBuilder("H," + p.code + "," + today + "\n");
    int n = 2000; // about 90 KB, base64 about 120 KB: over the 64 KiB of any other request
    for (int i = 0; i < n; i++) {
      big.append("D,SR-BIG-").append(i).append(",,SR-9,IN,10,100,,,COMPLETED,\n");
    }
    big.append("T,").append(n).append(",").append(10 * n).append(",").append(100 * n).append("\n");
    ReconciliationSummary large =
        soap.uploadReconciliationFile(today, big.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(large.getLines()).isEqualTo(n);
    assertThat(large.getMissingInAtrium()).isEqualTo(n);
    assertThat(large.getMissingAtPartner()).isEqualTo(1); // SR-IN-1, not in this file
    assertThat(p.reconUploads()).isEqualTo(2);
    assertLedgerBalanced();
  }

  /**
   * SoapSecurityIT's UsernameToken refusals on Metro, each a fault with its code that changes
   * nothing: no header, a wrong digest, an unknown username, a plain-text password, a Created 301 s
   * old, a POS key; then the same request twice: the first passes, the replayed nonce is refused.
   */
  @Test
  void aFaultyStaleOrReplayedUsernameTokenIsAFaultAndChangesNothingOnMetro() throws Exception {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    p.linkNewMember("S-1");
    String body = PartnerSoapCalls.exchangeIn("ST-1", "S-1", 1000);

    assertFault(soap("", body), "UNAUTHENTICATED");
    assertFault(soap(PartnerSoapCalls.header(p.keyId, "wrong"), body), "SIGNATURE_INVALID");
    assertFault(soap(PartnerSoapCalls.header("partner-nobody", "x"), body), "UNKNOWN_KEY");
    String plainText = UsernameToken.PASSWORD_DIGEST.replace("Digest", "Text");
    assertFault(
        soap(PartnerSoapCalls.header(p.keyId, p.secret, Instant.now(), plainText), body),
        "SIGNATURE_INVALID");
    Instant stale = Instant.now().minusSeconds(301);
    assertFault(
        soap(
            PartnerSoapCalls.header(p.keyId, p.secret, stale, UsernameToken.PASSWORD_DIGEST), body),
        "TIMESTAMP_OUT_OF_WINDOW");
    assertFault(
        soap(PartnerSoapCalls.header("pos-fb001", "demo-secret-fb001"), body), "WRONG_KEY_KIND");
    assertThat(p.soap().getBalance("S-1").getPoints()).isZero();
    assertThat(p.exchanges()).isZero();

    String once = PartnerSoapCalls.envelope(PartnerSoapCalls.header(p.keyId, p.secret), body);
    HttpResponse<String> first = postSoap(once);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(PartnerSoapCalls.text(first.body(), "state")).isEqualTo("COMPLETED");
    assertFault(postSoap(once), "NONCE_REUSED");
    assertThat(p.soap().getBalance("S-1").getPoints()).isEqualTo(100);
    assertThat(p.exchanges()).isEqualTo(1);
    assertLedgerBalanced();
  }

  /**
   * SoapSecurityIT's hostile XML on Metro, each a fault before Metro parses it, with nothing
   * changed: an external entity (the file unread), entity expansion, over 64 KiB, 40 levels deep,
   * 65 children, a text of 5,000 characters, not XML.
   */
  @Test
  void hostileXmlIsRefusedWithItsCodeAndChangesNothingOnMetro() throws Exception {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    p.linkNewMember("X-1");
    Path secret = Files.createTempFile("atrium-ear-xxe", ".txt");
    Files.writeString(secret, "TOP-SECRET-FILE");

    HttpResponse<String> xxe =
        postSoap(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>"
                + PartnerSoapCalls.withoutDeclaration(
                    PartnerSoapCalls.envelope(
                        PartnerSoapCalls.header(p.keyId, p.secret),
                        PartnerSoapCalls.exchangeIn("XXE-1", "&xxe;", 1000))));
    assertFault(xxe, "XML_REFUSED");
    assertThat(xxe.body()).doesNotContain("TOP-SECRET");

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
                PartnerSoapCalls.header(p.keyId, p.secret),
                PartnerSoapCalls.exchangeIn("BL-1", "&lol9;", 1000))));
    assertFault(postSoap(laughs.toString()), "XML_REFUSED");

    String[][] extras = {
      {"BIG-1", "<p:note>" + "x".repeat(70 * 1024) + "</p:note>", "MESSAGE_TOO_LARGE"},
      {"DEEP-1", "<p:a>".repeat(40) + "</p:a>".repeat(40), "XML_REFUSED"},
      {"WIDE-1", "<p:w>" + "<p:c/>".repeat(65) + "</p:w>", "XML_REFUSED"},
      {"LONG-1", "<p:t>" + "y".repeat(5000) + "</p:t>", "XML_REFUSED"}
    };
    for (String[] extra : extras) {
      assertFault(
          soap(
              PartnerSoapCalls.header(p.keyId, p.secret),
              PartnerSoapCalls.exchangeIn(extra[0], "X-1", 1000) + extra[1]),
          extra[2]);
    }
    assertFault(postSoap("this is not XML"), "SOAP_REQUEST_INVALID");

    assertThat(p.soap().getBalance("X-1").getPoints()).isZero();
    assertThat(p.exchanges()).isZero();
    assertLedgerBalanced();
  }

  /**
   * Only POST carries a request. Metro would take a SOAP message by PUT, DELETE or PATCH past the
   * gate (a PUT of 70 KiB ran its operation) and answers a bare GET with an HTML page naming the
   * implementation class; the gate answers each with a fault, and nothing changes.
   */
  @Test
  void aRequestByAnotherMethodThanPostIsAFaultAndChangesNothingOnMetro() throws Exception {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    p.linkNewMember("M-1");
    String put =
        PartnerSoapCalls.envelope(
            PartnerSoapCalls.header(p.keyId, p.secret),
            PartnerSoapCalls.exchangeIn("PUT-1", "M-1", 1000));
    assertFault(send("PUT", put), "SOAP_REQUEST_INVALID");
    String large =
        PartnerSoapCalls.envelope(
            PartnerSoapCalls.header(p.keyId, p.secret),
            PartnerSoapCalls.exchangeIn("PUT-2", "M-1", 1000)
                + "<p:note>"
                + "x".repeat(70 * 1024)
                + "</p:note>");
    assertFault(send("PUT", large), "SOAP_REQUEST_INVALID");
    assertFault(send("PATCH", put), "SOAP_REQUEST_INVALID");
    assertFault(send("DELETE", ""), "SOAP_REQUEST_INVALID");
    HttpResponse<String> bare = get(PartnerSoapCalls.PATH);
    assertFault(bare, "SOAP_REQUEST_INVALID");
    assertThat(bare.body()).doesNotContain("PartnerEndpoint");
    assertThat(get(PartnerSoapCalls.PATH + "?wsdl").statusCode()).isEqualTo(200);

    assertThat(p.soap().getBalance("M-1").getPoints()).isZero();
    assertThat(p.exchanges()).isZero();
  }

  /** The sixth link code of a day for one phone is LINK_CODE_LIMIT on Metro too; none is sent. */
  @Test
  void theSixthLinkCodeForOnePhoneIsAFaultOnMetro() {
    EarPartner p = EarPartner.postpaid(db, uri("/"));
    PartnerPort soap = p.soap();
    String phone = p.newMember();
    for (int i = 1; i <= 5; i++) {
      assertThat(soap.linkMember("LP-" + i, phone).getState()).as("#" + i).isEqualTo("PENDING");
    }
    assertThat(code(() -> soap.linkMember("LP-6", phone))).isEqualTo("LINK_CODE_LIMIT");
    assertThat(
            db.longValue(
                "select count(*) from notification_outbox where kind = 'PARTNER_LINK_CODE'"
                    + " and member_id = ?",
                p.memberId(phone)))
        .isEqualTo(5);
    assertThat(soap.confirmLink("LP-5", p.codeSentTo(phone)).getState()).isEqualTo("ACTIVE");
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
    return send("POST", envelope);
  }

  private static HttpResponse<String> send(String method, String envelope)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(PartnerSoapCalls.PATH))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "text/xml; charset=UTF-8")
            .header("SOAPAction", "\"\"")
            .method(method, HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * An exchange in refused with the fault {@code code}, leaving no exchange, point or deposit
   * movement, its id still unknown.
   */
  private static void refusesIn(
      EarPartner p, PartnerPort soap, String txn, String ref, long units, String code) {
    refuses(p, soap, txn, ref, () -> soap.exchangeIn(txn, ref, units), code);
  }

  /** As {@link #refusesIn}, for an exchange out. */
  private static void refusesOut(
      EarPartner p, PartnerPort soap, String txn, String ref, long points, String code) {
    refuses(p, soap, txn, ref, () -> soap.exchangeOut(txn, ref, points), code);
  }

  private static void refuses(
      EarPartner p, PartnerPort soap, String txn, String ref, Runnable call, String code) {
    long points = soap.getBalance(ref).getPoints();
    long exchanges = p.exchanges();
    BigDecimal deposit = p.deposit();
    assertThat(code(call)).isEqualTo(code);
    assertThat(soap.getBalance(ref).getPoints()).isEqualTo(points);
    assertThat(p.exchanges()).isEqualTo(exchanges);
    assertThat(p.deposit()).isEqualByComparingTo(deposit);
    assertThat(code(() -> soap.getExchangeStatus(txn))).isEqualTo("EXCHANGE_NOT_FOUND");
  }

  /** The stable code of the fault a call through the generated client threw. */
  private static String code(Runnable call) {
    SOAPFaultException fault = catchThrowableOfType(SOAPFaultException.class, call::run);
    assertThat(fault).as("a SOAP fault").isNotNull();
    return PartnerSoapCalls.codeOf(fault);
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

  private static void assertLedgerBalanced() {
    assertThat(
            db.longValue(
                "select count(*) from (select entry_id from journal_line group by entry_id"
                    + " having sum(points) <> 0) x"))
        .as("journal entries that do not sum to zero")
        .isZero();
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
