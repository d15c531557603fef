package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clearing runs kept and taken through their lifecycle (docs/clearing.md, "Runs"), on a mall of
 * this test's own so that its statements hold only this test's entries. Sales, a payment with
 * points and a refund go through the POS API and are then moved, as booked, into a past business
 * day (there is no clock to set): a run of that day, computed again byte for byte, submitted,
 * refused to its starter and approved by a second finance user, closed, and never changed again.
 */
@ExtendWith(RunningAtrium.class)
class ClearingRunsIT {

  static final String RUNS = "/api/v1/operator/clearing/runs";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void aRunOfAPastDayGoesThroughItsLifecycleWithFourEyesAndNeverChangesOnceClosed() {
    Instant testStart = Instant.now();
    Mall mall = newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);

    String phone = PosSalesIT.randomPhone();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"清算会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String receipt = "RN-" + Fixtures.unique();
    var sale =
        tillA
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":1234.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    assertThat(sale.json().getJsonNumber("points").longValue()).isEqualTo(1234);
    var payment =
        tillB
            .post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + phone
                    + "\",\"paymentReference\":\"RN-P-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":567}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    // half the bill back: half the sale's points taken back from its lot
    var refund =
        tillA
            .post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\""
                    + receipt
                    + "\",\"refundReference\":\"RN-R-"
                    + Fixtures.unique()
                    + "\",\"amount\":617.00}")
            .send();
    assertThat(refund.status()).as(refund.toString()).isEqualTo(201);

    // as if booked three days ago from 01:00 in the mall's zone, in the order they were booked
    LocalDate day = LocalDate.now(ZONE).minusDays(3);
    Instant dayStart = day.atStartOfDay(ZONE).toInstant();
    Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();
    long back = Duration.between(dayStart.plus(Duration.ofHours(1)), testStart).toSeconds();
    int moved =
        RunningAtrium.database()
            .update(
                "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                    + " where id in (select l.entry_id from journal_line l"
                    + " join ledger_account c on c.id = l.account_id where c.tenant_id in (?, ?))",
                back,
                a.tenant().id(),
                b.tenant().id());
    assertThat(moved).isEqualTo(3);

    Fixtures.UserRow starterLogin = Fixtures.operator("OPERATOR_FINANCE");
    Fixtures.UserRow secondLogin = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient starter = login(starterLogin);
    PortalClient second = login(secondLogin);
    String start =
        "{\"mall\":\"" + mall.code() + "\",\"periodKind\":\"DAY\",\"periodStart\":\"" + day + "\"}";
    var started = starter.postJson(RUNS, start);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = json(started.body());
    long id = run.getJsonNumber("id").longValue();
    String one = RUNS + "/" + id;
    assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith(one);
    assertThat(run.getString("status")).isEqualTo("DRAFT");
    assertThat(run.getString("periodEnd")).isEqualTo(day.plusDays(1).toString());
    assertThat(run.getString("bookedFrom")).isEqualTo(dayStart.toString());
    assertThat(run.getString("bookedTo")).isEqualTo(dayEnd.toString());
    assertThat(run.getString("zone")).isEqualTo("Asia/Shanghai");

    Map<String, JsonObject> statements = byParty(run);
    List<String> tenantsByCode =
        List.of(a.tenant().code(), b.tenant().code()).stream().sorted().toList();
    assertThat(
            run.getJsonArray("statements").stream().map(s -> s.asJsonObject().getString("party")))
        .containsExactly(tenantsByCode.get(0), tenantsByCode.get(1), "OPERATOR");
    // A: 1,234 × 0.0110 = 13.574 → −13.57; 617 × 0.0110 = 6.787 → 6.79
    assertThat(lines(starter, one, statements.get(a.tenant().code())))
        .containsExactly(
            tuple("ISSUANCE_CHARGE", 1234L, "0.0110", "-13.57"),
            tuple("ISSUANCE_REVERSED", 617L, "0.0110", "6.79"));
    assertThat(net(statements.get(a.tenant().code()))).isEqualTo("-6.78");
    // B: 567 × 0.0095 = 5.3865 → 5.39
    assertThat(lines(starter, one, statements.get(b.tenant().code())))
        .containsExactly(tuple("REIMBURSEMENT", 567L, "0.0095", "5.39"));
    assertThat(net(statements.get(b.tenant().code()))).isEqualTo("5.39");
    assertThat(lines(starter, one, statements.get("OPERATOR")))
        .containsExactly(
            tuple("ISSUANCE_CHARGE", 1234L, null, "13.57"),
            tuple("ISSUANCE_REVERSED", 617L, null, "-6.79"),
            tuple("REIMBURSEMENT", 567L, null, "-5.39"));
    assertThat(net(statements.get("OPERATOR"))).isEqualTo("1.39");
    // the run nets to zero with the operator
    assertThat(
            statements.values().stream()
                .map(s -> s.getJsonNumber("net").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");

    // lines a page at a time; every line's rate period is the day
    JsonObject page =
        json(
            starter
                .get(
                    one
                        + "/statements/"
                        + statements.get(a.tenant().code()).getJsonNumber("id")
                        + "/lines?offset=1&limit=1")
                .body());
    assertThat(page.getInt("total")).isEqualTo(2);
    assertThat(page.getJsonArray("lines")).hasSize(1);
    JsonObject reversed = page.getJsonArray("lines").getJsonObject(0);
    assertThat(reversed.getString("kind")).isEqualTo("ISSUANCE_REVERSED");
    assertThat(reversed.getString("from")).isEqualTo(dayStart.toString());
    assertThat(reversed.getString("to")).isEqualTo(dayEnd.toString());
    // a statement of another run is not this run's
    assertThat(starter.get(one + "/statements/1/lines").status()).isEqualTo(404);

    // computed again over the same data: the same statements, byte for byte
    String before = canonical(starter, one);
    var again = starter.postJson(one + "/recomputation", "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(json(again.body()).getString("digest")).isEqualTo(run.getString("digest"));
    assertThat(canonical(starter, one)).isEqualTo(before);

    // one run per mall and period
    assertProblem(second.postJson(RUNS, start), 409, "CLEARING_RUN_EXISTS");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from clearing_run where mall_id = ?", mall.id()))
        .isEqualTo(1);

    // draft → review → approved by a second pair of eyes → closed
    assertProblem(second.postJson(one + "/approval", ""), 409, "RUN_NOT_IN_REVIEW");
    assertProblem(starter.postJson(one + "/closing", ""), 409, "RUN_NOT_APPROVED");
    var submitted = starter.postJson(one + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(json(submitted.body()).getString("status")).isEqualTo("IN_REVIEW");
    assertProblem(starter.postJson(one + "/recomputation", ""), 409, "RUN_NOT_DRAFT");
    assertProblem(starter.postJson(one + "/approval", ""), 403, "FOUR_EYES_REQUIRED");
    assertProblem(
        login(Fixtures.operator("OPERATOR_ADMIN")).postJson(one + "/approval", ""),
        403,
        "FINANCE_ROLE_REQUIRED");
    var approved = second.postJson(one + "/approval", "");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved.body()).getString("status")).isEqualTo("APPROVED");
    assertThat(json(approved.body()).getString("approvedBy")).isEqualTo(secondLogin.username());
    assertThat(json(approved.body()).getString("startedBy")).isEqualTo(starterLogin.username());
    var closed = starter.postJson(one + "/closing", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(json(closed.body()).getString("status")).isEqualTo("CLOSED");

    // closed: nothing changes it any more
    assertProblem(starter.postJson(one + "/recomputation", ""), 409, "RUN_NOT_DRAFT");
    assertProblem(starter.postJson(one + "/submission", ""), 409, "RUN_NOT_DRAFT");
    assertProblem(second.postJson(one + "/approval", ""), 409, "RUN_NOT_IN_REVIEW");
    assertProblem(second.postJson(RUNS, start), 409, "CLEARING_RUN_EXISTS");
    assertThat(canonical(starter, one)).isEqualTo(before);

    assertThat(
            RunningAtrium.database()
                .rows(
                    "select action from audit_event where subject = 'clearing_run'"
                        + " and subject_id = ? order by id",
                    Long.toString(id))
                .stream()
                .map(r -> r.get("action")))
        .containsExactly(
            "CLEARING_RUN_STARTED",
            "CLEARING_RUN_RECOMPUTED",
            "CLEARING_RUN_SUBMITTED",
            "CLEARING_RUN_APPROVED",
            "CLEARING_RUN_CLOSED");
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void aPeriodNotOverIsNotReviewedAndABadPeriodIsRefused() {
    Mall mall = newMall();
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    LocalDate today = LocalDate.now(ZONE);
    // today's run while sales go on: a draft, not yet for review
    var started =
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + today
                + "\",\"breakageSharePercent\":20}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = json(started.body());
    assertThat(run.getJsonNumber("breakageSharePercent").bigDecimalValue())
        .isEqualByComparingTo("20");
    // nothing booked in this mall: only the operator's statement, with no lines
    assertThat(run.getJsonArray("statements")).hasSize(1);
    assertThat(run.getJsonArray("statements").getJsonObject(0).getString("party"))
        .isEqualTo("OPERATOR");
    assertProblem(
        finance.postJson(RUNS + "/" + run.getJsonNumber("id") + "/submission", ""),
        409,
        "PERIOD_OPEN");

    assertProblem(
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + today.plusDays(2)
                + "\"}"),
        400,
        "PERIOD_NOT_STARTED");
    assertProblem(
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"MONTH\",\"periodStart\":\"2026-11-15\"}"),
        400,
        "PERIOD_START_INVALID");
    assertProblem(
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"WEEK\",\"periodStart\":\"2026-11-16\"}"),
        400,
        "PERIOD_KIND_INVALID");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from clearing_run where mall_id = ?", mall.id()))
        .isEqualTo(1);

    JsonObject list = json(finance.get(RUNS + "?mall=" + mall.code()).body());
    assertThat(list.getInt("total")).isEqualTo(1);
    assertThat(list.getJsonArray("runs").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(run.getJsonNumber("id").longValue());
    assertProblem(finance.get(RUNS + "?limit=0"), 400, "LIMIT_INVALID");
  }

  @Test
  void aOneMallFinanceLoginFindsNoRunOfAnotherMall() {
    Mall mall = newMall();
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    String start =
        "{\"mall\":\""
            + mall.code()
            + "\",\"periodKind\":\"MONTH\",\"periodStart\":\""
            + LocalDate.now(ZONE).withDayOfMonth(1).minusMonths(1)
            + "\"}";
    var started = finance.postJson(RUNS, start);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    long id = json(started.body()).getJsonNumber("id").longValue();

    PortalClient elsewhere =
        login(Fixtures.mallOperator("OPERATOR_FINANCE", Fixtures.mallId("XH")));
    assertProblem(elsewhere.get(RUNS + "/" + id), 404, "CLEARING_RUN_NOT_FOUND");
    assertProblem(
        elsewhere.postJson(RUNS + "/" + id + "/submission", ""), 404, "CLEARING_RUN_NOT_FOUND");
    assertProblem(
        elsewhere.postJson(RUNS + "/" + id + "/recomputation", ""), 404, "CLEARING_RUN_NOT_FOUND");
    assertProblem(elsewhere.postJson(RUNS, start), 404, "MALL_NOT_FOUND");
    assertProblem(elsewhere.get(RUNS + "?mall=" + mall.code()), 404, "MALL_NOT_FOUND");
    JsonObject own = json(elsewhere.get(RUNS + "?limit=200").body());
    assertThat(own.getJsonArray("runs").stream().map(r -> r.asJsonObject().getString("mall")))
        .allMatch("XH"::equals);
    assertThat(RunningAtrium.database().value("select status from clearing_run where id = ?", id))
        .isEqualTo("DRAFT");

    // the run's own mall's finance sees it
    PortalClient ownMall = login(Fixtures.mallOperator("OPERATOR_FINANCE", mall.id()));
    assertThat(ownMall.get(RUNS + "/" + id).status()).isEqualTo(200);
  }

  /** A mall of this test's own, outside the configuration (the operator's zone). */
  record Mall(long id, String code) {
    Fixtures.PosKey posKey() {
      var db = RunningAtrium.database();
      long tenant = db.nextId();
      String code = "T" + Fixtures.unique();
      db.update(
          "insert into tenant (id, mall_id, code, name, category, status, created_at)"
              + " values (?, ?, ?, ?, 'FOOD_BEVERAGE', 'ACTIVE', ?)",
          tenant,
          id,
          code,
          "清算店 Run store " + code,
          Instant.now());
      for (String kind : new String[] {"TENANT_ISSUANCE", "TENANT_REDEMPTION", "TENANT_CAMPAIGN"}) {
        db.update(
            "insert into ledger_account (id, kind, tenant_id, balance, version)"
                + " values (?, ?, ?, 0, 0)",
            db.nextId(),
            kind,
            tenant);
      }
      String keyId = "pos-" + code.toLowerCase(Locale.ROOT);
      String secret = "it-secret-" + Fixtures.unique() + Fixtures.unique();
      db.update(
          "insert into api_client (key_id, kind, tenant_id, enabled, created_at)"
              + " values (?, 'POS', ?, true, ?)",
          keyId,
          tenant,
          Instant.now());
      Fixtures.addSecret(keyId, 1, secret);
      return new Fixtures.PosKey(keyId, secret, new Fixtures.TenantRow(tenant, code, code));
    }
  }

  static Mall newMall() {
    var db = RunningAtrium.database();
    long id = db.nextId();
    String code = "RN" + Fixtures.unique();
    db.update(
        "insert into mall (id, code, name, zone_id, created_at) values (?, ?, ?, ?, ?)",
        id,
        code,
        "清算测试广场 Run mall",
        "Asia/Shanghai",
        Instant.now());
    return new Mall(id, code);
  }

  /** The run's statements and all their lines, ids and times of computing left out. */
  static String canonical(PortalClient client, String run) {
    JsonObject r = json(client.get(run).body());
    StringBuilder b = new StringBuilder(r.getString("digest")).append('\n');
    for (var v : r.getJsonArray("statements")) {
      JsonObject s = v.asJsonObject();
      b.append(s.getString("party"))
          .append('|')
          .append(s.getJsonNumber("net").bigDecimalValue().toPlainString())
          .append('|')
          .append(s.getInt("lineCount"))
          .append('|')
          .append(s.get("block"))
          .append('\n');
      // a line's id is not part of it: a draft computed again stores its lines anew
      json(client.get(run + "/statements/" + s.getJsonNumber("id") + "/lines?limit=200").body())
          .getJsonArray("lines")
          .forEach(
              l ->
                  b.append(Json.createObjectBuilder(l.asJsonObject()).remove("id").build())
                      .append('\n'));
    }
    return b.toString();
  }

  private static List<org.assertj.core.groups.Tuple> lines(
      PortalClient client, String run, JsonObject statement) {
    var page = client.get(run + "/statements/" + statement.getJsonNumber("id") + "/lines");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream()
        .map(v -> v.asJsonObject())
        .map(
            l ->
                tuple(
                    l.getString("kind"),
                    l.getJsonNumber("points").longValue(),
                    l.containsKey("rate")
                        ? l.getJsonNumber("rate").bigDecimalValue().toPlainString()
                        : null,
                    l.getJsonNumber("amount").bigDecimalValue().toPlainString()))
        .toList();
  }

  static Map<String, JsonObject> byParty(JsonObject run) {
    return run.getJsonArray("statements").stream()
        .map(v -> v.asJsonObject())
        .collect(Collectors.toMap(s -> s.getString("party"), s -> s));
  }

  private static String net(JsonObject statement) {
    return statement.getJsonNumber("net").bigDecimalValue().toPlainString();
  }

  static void assertProblem(PortalClient.Page answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(answer.body()).getString("code")).isEqualTo(code);
  }

  static PortalClient login(Fixtures.UserRow user) {
    PortalClient client = new PortalClient("en");
    assertThat(client.login(user.username(), user.password()).redirectPath()).isPresent();
    return client;
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
