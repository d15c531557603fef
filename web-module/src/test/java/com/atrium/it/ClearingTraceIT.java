package com.atrium.it;

import static com.atrium.it.ClearingRunsIT.assertProblem;
import static com.atrium.it.ClearingRunsIT.json;
import static com.atrium.it.ClearingRunsIT.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Traceability of stored statements (docs/clearing.md, "Traceability" and "Late entries"), on a
 * mall of this test's own: every line counts the journal entries behind it and drills down to them,
 * page by page, summing to the line; a sale, a payment and a refund find the line they landed in; a
 * refund booked after its sale's day was closed lands in the next day's run as an adjustment line
 * naming the sale and its day, and the closed day does not change.
 */
@ExtendWith(RunningAtrium.class)
class ClearingTraceIT {

  static final String RUNS = ClearingRunsIT.RUNS;
  static final String ENTRIES = "/api/v1/operator/clearing/entries/";
  static final ZoneId ZONE = ClearingRunsIT.ZONE;

  @Test
  void everyLineCountsAndDrillsDownToItsEntriesAndALateRefundIsAnAdjustmentOfTheNextDay() {
    Instant testStart = Instant.now();
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);
    String phone = PosSalesIT.randomPhone();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"追溯会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String first = "TR-" + Fixtures.unique();
    String second = "TR-" + Fixtures.unique();
    sale(tillA, phone, first, "1234.00", 1234);
    sale(tillA, phone, second, "200.00", 200);
    pay(tillB, phone, 300);
    pay(tillB, phone, 100);
    refund(tillA, first, "617.00");

    // as if booked five days ago from 01:00 in the mall's zone, in the order they were booked
    var db = RunningAtrium.database();
    LocalDate day = LocalDate.now(ZONE).minusDays(5);
    Instant dayStart = day.atStartOfDay(ZONE).toInstant();
    long back = Duration.between(dayStart.plus(Duration.ofHours(1)), testStart).toSeconds();
    assertThat(
            db.update(
                "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                    + " where id in (select l.entry_id from journal_line l"
                    + " join ledger_account c on c.id = l.account_id where c.tenant_id in (?, ?))",
                back,
                a.tenant().id(),
                b.tenant().id()))
        .isEqualTo(5);
    long firstSale = saleEntry(first);
    long secondSale = saleEntry(second);
    long firstRefund =
        db.longValue("select id from journal_entry where reverses_entry_id = ?", firstSale);

    PortalClient starter = login(Fixtures.operator("OPERATOR_FINANCE"));
    PortalClient approver = login(Fixtures.operator("OPERATOR_FINANCE"));
    // not in any run yet
    assertProblem(starter.get(ENTRIES + firstSale + "/placement"), 404, "ENTRY_NOT_PLACED");

    JsonObject run = start(starter, mall, day);
    String one = RUNS + "/" + run.getJsonNumber("id");
    Map<String, JsonObject> statements = ClearingRunsIT.byParty(run);
    JsonObject ofA = statements.get(a.tenant().code());
    // kind, points, amount, entries behind the line
    assertThat(lines(starter, one, ofA))
        .extracting(l -> l.get(0), l -> l.get(1), l -> l.get(2), l -> l.get(3))
        .containsExactly(
            tuple("ISSUANCE_CHARGE", 1434L, "-15.77", 2L),
            tuple("ISSUANCE_REVERSED", 617L, "6.79", 1L));
    assertThat(lines(starter, one, statements.get(b.tenant().code())))
        .extracting(l -> l.get(0), l -> l.get(1), l -> l.get(2), l -> l.get(3))
        .containsExactly(tuple("REIMBURSEMENT", 400L, "3.80", 2L));
    assertThat(lines(starter, one, statements.get("OPERATOR")))
        .extracting(l -> l.get(0), l -> l.get(1), l -> l.get(2), l -> l.get(3))
        .containsExactly(
            tuple("ISSUANCE_CHARGE", 1434L, "15.77", 2L),
            tuple("ISSUANCE_REVERSED", 617L, "-6.79", 1L),
            tuple("REIMBURSEMENT", 400L, "-3.80", 2L));
    assertEveryLineDrillsDownToItsPoints(starter, one, run);

    // the drill-down of A's charge names the two sales, in entry order, a page at a time
    long charge = lineId(starter, one, ofA, "ISSUANCE_CHARGE");
    String drill = one + "/statements/" + ofA.getJsonNumber("id") + "/lines/" + charge + "/entries";
    JsonObject page = json(starter.get(drill + "?limit=1").body());
    assertThat(page.getInt("total")).isEqualTo(2);
    JsonObject entry = page.getJsonArray("entries").getJsonObject(0);
    assertThat(entry.getJsonNumber("entryId").longValue()).isEqualTo(firstSale);
    assertThat(entry.getString("kind")).isEqualTo("EARN");
    assertThat(entry.getString("reference")).isEqualTo("Sale " + first);
    assertThat(entry.getJsonNumber("points").longValue()).isEqualTo(1234);
    assertThat(entry.containsKey("memberId")).isTrue();
    assertThat(Instant.parse(entry.getString("bookedAt")))
        .isBetween(dayStart, dayStart.plus(Duration.ofHours(2)));
    JsonObject next = json(starter.get(drill + "?offset=1&limit=1").body());
    assertThat(next.getJsonArray("entries").getJsonObject(0).getString("reference"))
        .isEqualTo("Sale " + second);
    // by keyset: after the first sale's entry, the second
    JsonObject after = json(starter.get(drill + "?after=" + firstSale + "&limit=5").body());
    assertThat(after.getJsonArray("entries")).hasSize(1);
    assertThat(after.getJsonArray("entries").getJsonObject(0).getJsonNumber("entryId").longValue())
        .isEqualTo(secondSale);
    assertProblem(starter.get(drill + "?limit=0"), 400, "LIMIT_INVALID");
    assertProblem(starter.get(drill + "?after=x"), 400, "AFTER_INVALID");
    assertProblem(
        starter.get(one + "/statements/" + ofA.getJsonNumber("id") + "/lines/1/entries"),
        404,
        "LINE_NOT_FOUND");

    // from a sale, a refund or a payment to the line it landed in
    assertThat(placements(starter, firstSale))
        .containsExactly(
            tuple(
                run.getJsonNumber("id").longValue(),
                a.tenant().code(),
                "ISSUANCE_CHARGE",
                "DRAFT"));
    assertThat(placements(starter, firstRefund))
        .containsExactly(
            tuple(
                run.getJsonNumber("id").longValue(),
                a.tenant().code(),
                "ISSUANCE_REVERSED",
                "DRAFT"));

    // the day is reviewed, approved by a second user and closed
    assertThat(starter.postJson(one + "/submission", "").status()).isEqualTo(200);
    assertThat(approver.postJson(one + "/approval", "").status()).isEqualTo(200);
    assertThat(starter.postJson(one + "/closing", "").status()).isEqualTo(200);
    String closed = ClearingRunsIT.canonical(starter, one);
    assertThat(placements(starter, firstSale).get(0).toList().get(3)).isEqualTo("CLOSED");

    // the second sale is refunded in full after its day was closed, booked the next day
    refund(tillA, second, "200.00");
    long lateRefund =
        db.longValue("select id from journal_entry where reverses_entry_id = ?", secondSale);
    LocalDate nextDay = day.plusDays(1);
    Instant nextStart = nextDay.atStartOfDay(ZONE).toInstant();
    db.update(
        "update journal_entry set recorded_at = ? where id = ?",
        java.sql.Timestamp.from(nextStart.plus(Duration.ofHours(3))),
        lateRefund);
    JsonObject late = start(starter, mall, nextDay);
    String two = RUNS + "/" + late.getJsonNumber("id");
    Map<String, JsonObject> nextStatements = ClearingRunsIT.byParty(late);
    assertThat(nextStatements.keySet()).containsExactlyInAnyOrder(a.tenant().code(), "OPERATOR");
    JsonObject lateLine = linesJson(starter, two, nextStatements.get(a.tenant().code())).get(0);
    // priced at the rate in force when the refund was booked: 200 × 0.0110 = 2.20
    assertThat(lateLine.getString("kind")).isEqualTo("LATE_ISSUANCE_REVERSED");
    assertThat(lateLine.getJsonNumber("points").longValue()).isEqualTo(200);
    assertThat(lateLine.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("2.20");
    assertThat(lateLine.getJsonNumber("entries").longValue()).isEqualTo(1);
    JsonObject adjusts = lateLine.getJsonObject("adjusts");
    assertThat(adjusts.getString("source")).isEqualTo("ENTRY");
    assertThat(adjusts.getJsonNumber("id").longValue()).isEqualTo(secondSale);
    assertThat(adjusts.getString("reference")).isEqualTo("Sale " + second);
    assertThat(adjusts.getString("periodStart")).isEqualTo(day.toString());
    assertThat(linesJson(starter, two, nextStatements.get("OPERATOR")))
        .extracting(
            l -> l.getString("kind"),
            l -> l.getJsonNumber("amount").bigDecimalValue().toPlainString())
        .containsExactly(tuple("LATE_ISSUANCE_REVERSED", "-2.20"));
    assertThat(
            nextStatements.values().stream()
                .map(s -> s.getJsonNumber("net").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");
    assertEveryLineDrillsDownToItsPoints(starter, two, late);
    assertThat(placements(starter, lateRefund))
        .containsExactly(
            tuple(
                late.getJsonNumber("id").longValue(),
                a.tenant().code(),
                "LATE_ISSUANCE_REVERSED",
                "DRAFT"));

    // reproducible: computed again, the same digest and lines; the closed day never changed
    String before = ClearingRunsIT.canonical(starter, two);
    var again = starter.postJson(two + "/recomputation", "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(json(again.body()).getString("digest")).isEqualTo(late.getString("digest"));
    assertThat(ClearingRunsIT.canonical(starter, two)).isEqualTo(before);
    assertThat(ClearingRunsIT.canonical(starter, one)).isEqualTo(closed);

    // another mall's finance login finds neither the lines nor the placement
    PortalClient elsewhere =
        login(Fixtures.mallOperator("OPERATOR_FINANCE", Fixtures.mallId("XH")));
    assertProblem(elsewhere.get(drill), 404, "CLEARING_RUN_NOT_FOUND");
    assertProblem(elsewhere.get(ENTRIES + firstSale + "/placement"), 404, "ENTRY_NOT_PLACED");
    Fixtures.assertLedgerBalanced();
  }

  /** For every line of every statement: its pages of entries sum to its points, one per entry. */
  private static void assertEveryLineDrillsDownToItsPoints(
      PortalClient client, String run, JsonObject detail) {
    for (var s : detail.getJsonArray("statements")) {
      JsonObject statement = s.asJsonObject();
      for (JsonObject line : linesJson(client, run, statement)) {
        String base =
            run
                + "/statements/"
                + statement.getJsonNumber("id")
                + "/lines/"
                + line.getJsonNumber("id")
                + "/entries";
        List<Long> ids = new ArrayList<>();
        long sum = 0;
        for (int offset = 0; ; offset += 2) {
          var answer = client.get(base + "?offset=" + offset + "&limit=2");
          assertThat(answer.status()).as(answer.body()).isEqualTo(200);
          var entries = json(answer.body()).getJsonArray("entries");
          for (var e : entries) {
            ids.add(e.asJsonObject().getJsonNumber("entryId").longValue());
            sum += e.asJsonObject().getJsonNumber("points").longValue();
          }
          if (entries.size() < 2) {
            break;
          }
        }
        assertThat(sum)
            .as(statement.getString("party") + " " + line.getString("kind"))
            .isEqualTo(line.getJsonNumber("points").longValue());
        assertThat(ids).hasSize((int) line.getJsonNumber("entries").longValue()).isSorted();
      }
    }
  }

  private static List<org.assertj.core.groups.Tuple> placements(PortalClient client, long entry) {
    var answer = client.get(ENTRIES + entry + "/placement");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(json(answer.body()).getJsonNumber("entryId").longValue()).isEqualTo(entry);
    return json(answer.body()).getJsonArray("placements").stream()
        .map(v -> v.asJsonObject())
        .map(
            p ->
                tuple(
                    p.getJsonNumber("runId").longValue(),
                    p.getString("party"),
                    p.getString("lineKind"),
                    p.getString("status")))
        .toList();
  }

  private static JsonObject start(PortalClient client, ClearingRunsIT.Mall mall, LocalDate day) {
    var started =
        client.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + day
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return json(started.body());
  }

  private static List<JsonObject> linesJson(PortalClient client, String run, JsonObject statement) {
    var page =
        client.get(run + "/statements/" + statement.getJsonNumber("id") + "/lines?limit=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream().map(v -> v.asJsonObject()).toList();
  }

  private static List<List<Object>> lines(PortalClient client, String run, JsonObject statement) {
    return linesJson(client, run, statement).stream()
        .map(
            l ->
                List.<Object>of(
                    l.getString("kind"),
                    l.getJsonNumber("points").longValue(),
                    l.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                    l.getJsonNumber("entries").longValue()))
        .toList();
  }

  private static long lineId(PortalClient client, String run, JsonObject statement, String kind) {
    return linesJson(client, run, statement).stream()
        .filter(l -> l.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static long saleEntry(String receipt) {
    return RunningAtrium.database()
        .longValue("select journal_entry_id from sale where receipt_number = ?", receipt);
  }

  private static void sale(
      PosClient till, String phone, String receipt, String amount, long points) {
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    assertThat(sale.json().getJsonNumber("points").longValue()).isEqualTo(points);
  }

  private static void pay(PosClient till, String phone, long points) {
    var payment =
        till.post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + phone
                    + "\",\"paymentReference\":\"TR-P-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":"
                    + points
                    + "}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
  }

  private static void refund(PosClient till, String receipt, String amount) {
    var refund =
        till.post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\""
                    + receipt
                    + "\",\"refundReference\":\"TR-R-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
  }
}
