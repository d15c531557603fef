package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back while Atrium runs: the API answers 503 problem+json with
 * Retry-After, the portal a friendly page, /health/ready DOWN; once the database is back all three
 * recover without a restart, and a sale refused while it was away is recorded exactly once when the
 * POS retries it with the same Idempotency-Key. The database is taken away by cutting a TCP proxy
 * between Atrium and PostgreSQL (the machine's PostgreSQL keeps running), so this test has its own
 * Atrium ({@link DedicatedAtrium}) with short pool timeouts.
 */
class DatabaseOutageIT {

  static final String DATABASE = TestDatabase.named("atrium_outage");
  static final int RETRY_AFTER = 7;
  static final Duration AWAIT = Duration.ofSeconds(60);
  static final String CARD = "880000059506";
  static final String SALES = "/api/v1/pos/sales";
  static final String DASHBOARD = "/operator/dashboard.xhtml";

  static TcpProxy proxy;
  static DedicatedAtrium atrium;
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void atriumBehindAProxy() {
    TestDatabase.recreate(DATABASE);
    proxy = TcpProxy.start(TestDatabase.host(), Integer.parseInt(TestDatabase.port()));
    atrium =
        DedicatedAtrium.start(
            "it-micro-outage",
            Map.of(
                "ATRIUM_DB_URL",
                "jdbc:postgresql://127.0.0.1:"
                    + proxy.port()
                    + "/"
                    + DATABASE
                    + "?connectTimeout=3",
                "ATRIUM_UNAVAILABLE_RETRY_AFTER_SECONDS",
                Integer.toString(RETRY_AFTER),
                "ATRIUM_DB_POOL_MAX_WAIT_MILLIS",
                "3000",
                "ATRIUM_DB_POOL_VALIDATE_AT_MOST_ONCE_SECONDS",
                "1"));
  }

  @AfterAll
  static void stop() {
    if (atrium != null) {
      atrium.close();
    }
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void unavailableWhileTheDatabaseIsAwayAndEverythingRecoversWhenItIsBack() {
    PosClient pos = new PosClient(atrium.baseUri(), "pos-fb001", "demo-secret-fb001");
    PortalClient admin = new PortalClient(atrium.baseUri(), "en");
    PortalClient chinese = new PortalClient(atrium.baseUri(), "zh-CN");
    assertThat(admin.login("admin", "Atrium#2026").redirectPath()).contains(DASHBOARD);
    assertThat(chinese.login("finance", "Atrium#2026").redirectPath()).contains(DASHBOARD);
    String loginsView = admin.get("/operator/logins.xhtml").viewState();
    String acknowledged = "R-BEFORE-" + UUID.randomUUID();
    var before = pos.post(SALES, sale(acknowledged)).send();
    assertThat(before.status()).as(before.toString()).isEqualTo(201);
    assertThat(ready().statusCode()).isEqualTo(200);

    proxy.cut();
    Instant cut = Instant.now();

    // the API: 503 problem+json with Retry-After, no exception text, for every kind of call
    var balance = await(() -> pos.get(balancePath()).send(), r -> r.status() == 503);
    Duration detected = Duration.between(cut, Instant.now());
    assertUnavailableProblem(balance.status(), balance.contentType(), balance.body());
    assertThat(balance.header("Retry-After")).hasValue(Integer.toString(RETRY_AFTER));
    String receipt = "R-AWAY-" + UUID.randomUUID();
    String key = "k-" + UUID.randomUUID();
    Instant asked = Instant.now();
    var refused = pos.post(SALES, sale(receipt)).header("Idempotency-Key", key).send();
    Duration answeredIn = Duration.between(asked, Instant.now());
    assertUnavailableProblem(refused.status(), refused.contentType(), refused.body());
    assertThat(refused.header("Retry-After")).hasValue(Integer.toString(RETRY_AFTER));
    var operatorApi = admin.get("/api/v1/operator/earning-rules");
    assertUnavailableProblem(
        operatorApi.status(),
        operatorApi.headers().firstValue("Content-Type").orElse(""),
        operatorApi.body());
    assertThat(operatorApi.headers().firstValue("Retry-After"))
        .hasValue(Integer.toString(RETRY_AFTER));

    // the portal: a friendly page in the person's language, the session kept
    var page = admin.get(DASHBOARD);
    assertThat(page.status()).as(page.toString()).isEqualTo(503);
    assertThat(page.body())
        .contains("Temporarily unavailable")
        .doesNotContain("SQL")
        .doesNotContain("EJBException");
    assertThat(page.headers().firstValue("Retry-After")).hasValue(Integer.toString(RETRY_AFTER));
    var zhPage = chinese.get(DASHBOARD);
    assertThat(zhPage.status()).isEqualTo(503);
    assertThat(zhPage.body()).contains("服务暂时不可用");
    // an ajax search on an open page: sent to the same page instead of failing silently
    var ajax =
        admin.postForm(
            "/operator/logins.xhtml",
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "logins:search",
                "jakarta.faces.partial.execute", "logins",
                "jakarta.faces.partial.render", "logins",
                "logins", "logins",
                "logins:search", "logins:search",
                "logins:query", "admin",
                "jakarta.faces.ViewState", loginsView));
    assertThat(ajax.body()).as(ajax.toString()).contains("<redirect url=\"/unavailable.xhtml\"");
    var login = new PortalClient(atrium.baseUri(), "en").login("service", "Atrium#2026");
    assertThat(login.status()).as(login.toString()).isEqualTo(503);
    assertThat(login.body()).contains("Temporarily unavailable");

    // the probe: not ready, the database check says why
    HttpResponse<String> notReady = ready();
    assertThat(notReady.statusCode()).isEqualTo(503);
    assertThat(notReady.body()).contains("\"database\"").contains("DOWN");

    proxy.restore();
    Instant restored = Instant.now();

    // recovery without a restart: the API, the probe and the same portal session work again
    var back = await(() -> pos.get(balancePath()).send(), r -> r.status() == 200);
    Duration recovered = Duration.between(restored, Instant.now());
    System.out.printf(
        "DatabaseOutageIT: first 503 %d ms after the cut, a refused sale answered in %d ms,"
            + " first 200 %d ms after the restore%n",
        detected.toMillis(), answeredIn.toMillis(), recovered.toMillis());
    assertThat(back.json().getJsonNumber("balance").longValue()).isPositive();
    await(DatabaseOutageIT::ready, r -> r.statusCode() == 200);
    assertThat(admin.get(DASHBOARD).status()).isEqualTo(200);
    assertThat(chinese.get(DASHBOARD).status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/operator/earning-rules").status()).isEqualTo(200);

    // the refused sale was not recorded; the POS's retry records it once
    ItDatabase db =
        new ItDatabase(TestDatabase.url(DATABASE), TestDatabase.user(), TestDatabase.password());
    assertThat(db.longValue("select count(*) from sale where receipt_number = ?", receipt))
        .isZero();
    var retried = pos.post(SALES, sale(receipt)).header("Idempotency-Key", key).send();
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
    var replayed = pos.post(SALES, sale(receipt)).header("Idempotency-Key", key).send();
    assertThat(replayed.status()).isEqualTo(201);
    assertThat(replayed.header("Idempotent-Replayed")).hasValue("true");
    assertThat(db.longValue("select count(*) from sale where receipt_number = ?", receipt))
        .isEqualTo(1);
    assertThat(db.longValue("select count(*) from sale where receipt_number = ?", acknowledged))
        .isEqualTo(1);
  }

  private static void assertUnavailableProblem(int status, String contentType, String body) {
    assertThat(status).as(body).isEqualTo(503);
    assertThat(contentType).startsWith("application/problem+json");
    assertThat(body)
        .contains("\"code\":\"SERVICE_UNAVAILABLE\"")
        .contains("\"status\":503")
        .doesNotContain("Exception")
        .doesNotContain("SQL")
        .doesNotContain("org.")
        .doesNotContain("127.0.0.1");
  }

  private static String balancePath() {
    return "/api/v1/pos/members/" + CARD + "/balance";
  }

  private static String sale(String receipt) {
    return "{\"cardNumber\":\""
        + CARD
        + "\",\"receiptNumber\":\""
        + receipt
        + "\",\"amount\":88.50}";
  }

  private static HttpResponse<String> ready() {
    HttpRequest request =
        HttpRequest.newBuilder(atrium.baseUri().resolve(URI.create("/health/ready")))
            .timeout(Duration.ofSeconds(20))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Asks until the answer satisfies the condition; fails with the last answer at the deadline. */
  private static <T> T await(Supplier<T> ask, Predicate<T> condition) {
    Instant deadline = Instant.now().plus(AWAIT);
    T last = ask.get();
    while (!condition.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Still not as expected after " + AWAIT + ": " + last);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = ask.get();
    }
    return last;
  }
}
