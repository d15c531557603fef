package com.atrium.it;

import static com.atrium.it.ClearingDisputesIT.assertProblem;
import static com.atrium.it.ClearingDisputesIT.json;
import static com.atrium.it.ClearingDisputesIT.login;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant manager's drill-down (docs/clearing.md, "Traceability"), on a mall of this test's own:
 * three sales at tenant A (100, 250 and 1,234 points) and one at tenant B, moved as booked into a
 * past day; that day's run. While it is a draft the manager finds nothing; in review, A's manager
 * pages its charge line two entries at a time to exactly the sales finance's drill-down lists, each
 * with the member's masked card and no member id, summing to 1,584 points; B's statement and line,
 * B's line under A's statement and the operator's statement are 404 like the statements; bad paging
 * is 400.
 */
@ExtendWith(RunningAtrium.class)
class ClearingTenantEntriesIT {

  @Test
  void aManagerPagesItsOwnLineToItsPointsAndFindsNoOtherTenantsLine() {
    Instant testStart = Instant.now();
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    PosClient tillA = PosClient.of(a);
    String card = register(tillA);
    List<String> receipts = new ArrayList<>();
    for (String amount : new String[] {"100.00", "250.00", "1234.00"}) {
      String receipt = "TE-" + Fixtures.unique();
      sell(tillA, card, receipt, amount);
      receipts.add(receipt);
    }
    PosClient tillB = PosClient.of(b);
    sell(tillB, register(tillB), "TE-" + Fixtures.unique(), "300.00");
    LocalDate day = LocalDate.now(ClearingRunsIT.ZONE).minusDays(3);
    Instant dayStart = day.atStartOfDay(ClearingRunsIT.ZONE).toInstant();
    long back = Duration.between(dayStart.plus(Duration.ofHours(1)), testStart).toSeconds();
    assertThat(
            RunningAtrium.database()
                .update(
                    "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                        + " where id in (select l.entry_id from journal_line l join ledger_account"
                        + " c on c.id = l.account_id where c.tenant_id in (?, ?))",
                    back,
                    a.tenant().id(),
                    b.tenant().id()))
        .isEqualTo(4);
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    var started =
        finance.postJson(
            ClearingDisputesIT.RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + day
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = json(started.body());
    String runPath = ClearingDisputesIT.RUNS + "/" + run.getJsonNumber("id").longValue();
    long statementA = statementOf(run, a.tenant().code());
    long statementB = statementOf(run, b.tenant().code());
    long operatorStatement = statementOf(run, "OPERATOR");
    long lineA = onlyLine(finance, runPath, statementA);
    long lineB = onlyLine(finance, runPath, statementB);
    PortalClient managerA = login(Fixtures.manager(a.tenant().id()));
    PortalClient managerB = login(Fixtures.manager(b.tenant().id()));

    // a draft is finance's alone, its lines too
    assertProblem(managerA.get(entries(statementA, lineA, "")), 404, "STATEMENT_NOT_FOUND");

    var submitted = finance.postJson(runPath + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

    JsonObject first = page(managerA, entries(statementA, lineA, "?limit=2"));
    assertThat(first.getInt("limit")).isEqualTo(2);
    assertThat(first.getJsonNumber("after").longValue()).isZero();
    assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(first.getJsonArray("entries")).hasSize(2);
    long after = last(first);
    JsonObject second = page(managerA, entries(statementA, lineA, "?limit=2&after=" + after));
    assertThat(second.getJsonNumber("after").longValue()).isEqualTo(after);
    assertThat(second.getJsonArray("entries")).hasSize(1);
    JsonObject third = page(managerA, entries(statementA, lineA, "?limit=2&after=" + last(second)));
    assertThat(third.getJsonArray("entries")).isEmpty();

    List<JsonObject> listed = new ArrayList<>();
    first.getJsonArray("entries").forEach(v -> listed.add(v.asJsonObject()));
    second.getJsonArray("entries").forEach(v -> listed.add(v.asJsonObject()));
    assertThat(listed.stream().map(e -> e.getJsonNumber("points").longValue()))
        .containsExactly(100L, 250L, 1234L);
    assertThat(listed.stream().mapToLong(e -> e.getJsonNumber("points").longValue()).sum())
        .isEqualTo(1584L)
        .isEqualTo(linePoints(managerA, statementA, lineA));
    String masked = card.substring(0, 2) + "******" + card.substring(8);
    for (int i = 0; i < 3; i++) {
      JsonObject e = listed.get(i);
      assertThat(e.getString("kind")).isEqualTo("EARN");
      assertThat(e.getString("reference")).isEqualTo("Sale " + receipts.get(i));
      assertThat(e.getString("memberCard")).isEqualTo(masked);
      assertThat(e.containsKey("memberId")).isFalse();
    }
    // the same entries as finance's drill-down of the same line, id for id
    JsonObject financeView =
        json(
            finance
                .get(
                    runPath
                        + "/statements/"
                        + statementA
                        + "/lines/"
                        + lineA
                        + "/entries?limit=200")
                .body());
    assertThat(
            financeView.getJsonArray("entries").stream()
                .map(v -> v.asJsonObject().getJsonNumber("entryId").longValue()))
        .containsExactlyElementsOf(
            listed.stream().map(e -> e.getJsonNumber("entryId").longValue()).toList());

    // another tenant's statement and line, or the operator's, are not found like the statements
    assertProblem(managerA.get(entries(statementB, lineB, "")), 404, "STATEMENT_NOT_FOUND");
    assertProblem(
        managerA.get(ClearingDisputesIT.STATEMENTS + "/" + statementB), 404, "STATEMENT_NOT_FOUND");
    assertProblem(managerA.get(entries(statementA, lineB, "")), 404, "LINE_NOT_FOUND");
    assertProblem(managerA.get(entries(operatorStatement, lineA, "")), 404, "STATEMENT_NOT_FOUND");
    assertProblem(managerB.get(entries(statementA, lineA, "")), 404, "STATEMENT_NOT_FOUND");
    assertThat(page(managerB, entries(statementB, lineB, "")).getJsonArray("entries")).hasSize(1);
    assertProblem(managerA.get(entries(0, lineA, "")), 404, "STATEMENT_NOT_FOUND");

    // paging refused as the statements' own paging is
    assertProblem(managerA.get(entries(statementA, lineA, "?after=-1")), 400, "AFTER_INVALID");
    assertProblem(managerA.get(entries(statementA, lineA, "?after=x")), 400, "AFTER_INVALID");
    assertProblem(managerA.get(entries(statementA, lineA, "?limit=0")), 400, "LIMIT_INVALID");
    assertProblem(managerA.get(entries(statementA, lineA, "?limit=201")), 400, "LIMIT_INVALID");
  }

  static String entries(long statementId, long lineId, String query) {
    return ClearingDisputesIT.STATEMENTS
        + "/"
        + statementId
        + "/lines/"
        + lineId
        + "/entries"
        + query;
  }

  private static JsonObject page(PortalClient client, String path) {
    var answer = client.get(path);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return json(answer.body());
  }

  private static long last(JsonObject page) {
    var entries = page.getJsonArray("entries");
    return entries.getJsonObject(entries.size() - 1).getJsonNumber("entryId").longValue();
  }

  private static long linePoints(PortalClient manager, long statementId, long lineId) {
    return page(manager, ClearingDisputesIT.STATEMENTS + "/" + statementId)
        .getJsonArray("lines")
        .stream()
        .map(v -> v.asJsonObject())
        .filter(l -> l.getJsonNumber("id").longValue() == lineId)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("points")
        .longValue();
  }

  private static long statementOf(JsonObject run, String party) {
    return run.getJsonArray("statements").stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getString("party").equals(party))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** The statement's one line (a tenant that only sold has its charge line alone). */
  private static long onlyLine(PortalClient finance, String run, long statementId) {
    JsonObject lines = page(finance, run + "/statements/" + statementId + "/lines");
    assertThat(lines.getJsonArray("lines")).hasSize(1);
    JsonObject line = lines.getJsonArray("lines").getJsonObject(0);
    assertThat(line.getString("kind")).isEqualTo("ISSUANCE_CHARGE");
    return line.getJsonNumber("id").longValue();
  }

  private static String register(PosClient till) {
    var member =
        till.post(
                "/api/v1/pos/members",
                "{\"phone\":\""
                    + PosSalesIT.randomPhone()
                    + "\",\"name\":\"明细会员\",\"acceptTerms\":true}")
            .send();
    assertThat(member.status()).as(member.toString()).isEqualTo(201);
    return member.json().getString("cardNumber");
  }

  private static void sell(PosClient till, String card, String receipt, String amount) {
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"cardNumber\":\""
                    + card
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
  }
}
