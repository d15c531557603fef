package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner reconciliation as the partner's system and finance use it: Atrium's file of the day, the
 * partner's own file matched into the three queues, a resolution with a reason, a corrected upload
 * superseding the open queue, and bad files refused naming the line with nothing stored.
 */
@ExtendWith(RunningAtrium.class)
class PartnerReconciliationIT {

  static final String FILES = "/api/v1/partner/reconciliation-files/";
  static final String MISMATCHES = "/api/v1/operator/partner-reconciliation/mismatches";

  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  @Test
  void theDayFileListsEveryExchangeAndThePartnersFileFillsTheThreeQueues() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("R-1");
    assertThat(p.in("RC-IN-1", "R-1", 5000).status()).isEqualTo(201);
    assertThat(p.in("RC-IN-2", "R-1", 1000).status()).isEqualTo(201);
    assertThat(p.out("RC-OUT-1", "R-1", 200).status()).isEqualTo(201);
    String day = today();

    var file = p.client.get(FILES + day).send();
    assertThat(file.status()).as(file.toString()).isEqualTo(200);
    assertThat(file.contentType()).startsWith("text/csv");
    List<String> rows = file.body().lines().toList();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).startsWith("H," + p.code + "," + day + ",");
    assertThat(fields(rows.get(1), 1, 3, 4, 5, 6, 7, 9))
        .containsExactly("RC-IN-1", "R-1", "IN", "500", "5000", "10:1", "COMPLETED");
    assertThat(fields(rows.get(2), 1, 3, 4, 5, 6, 7, 9))
        .containsExactly("RC-IN-2", "R-1", "IN", "100", "1000", "10:1", "COMPLETED");
    assertThat(fields(rows.get(3), 1, 3, 4, 5, 6, 7, 9))
        .containsExactly("RC-OUT-1", "R-1", "OUT", "200", "16", "100:8", "PENDING");
    assertThat(rows.get(4)).isEqualTo("T,3,800,6016");

    // the partner's side: one agrees, one differs, one of ours is missing, one we never saw
    String theirs =
        "H,"
            + p.code
            + ","
            + day
            + "\nD,RC-IN-1,,R-1,IN,500,5000,,,COMPLETED,"
            + "\nD,RC-IN-2,,R-1,IN,200,2000,,,COMPLETED,"
            + "\nD,RC-EXTRA,,R-1,IN,50,500,,,COMPLETED,"
            + "\nT,3,750,7500\n";
    var summary = upload(p, day, theirs);
    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
    JsonObject s = summary.json();
    assertThat(
            List.of(
                s.getInt("lines"),
                s.getInt("matched"),
                s.getInt("missingInAtrium"),
                s.getInt("missingAtPartner"),
                s.getInt("amountsDiffer")))
        .containsExactly(3, 1, 1, 1, 1);

    PortalClient finance = finance();
    JsonArray queue = mismatches(finance, "?partner=" + p.code + "&status=OPEN");
    assertThat(queue.stream().map(v -> v.asJsonObject().getString("partnerTxnId")).toList())
        .containsExactlyInAnyOrder("RC-IN-2", "RC-EXTRA", "RC-OUT-1");
    JsonObject differs = byTxn(queue, "RC-IN-2");
    assertThat(differs.getString("kind")).isEqualTo("AMOUNTS_DIFFER");
    assertThat(differs.getJsonNumber("atriumPoints").longValue()).isEqualTo(100);
    assertThat(differs.getJsonNumber("partnerPoints").longValue()).isEqualTo(200);
    assertThat(byTxn(queue, "RC-EXTRA").getString("kind")).isEqualTo("MISSING_IN_ATRIUM");
    assertThat(byTxn(queue, "RC-EXTRA").containsKey("atriumPoints")).isFalse();
    assertThat(byTxn(queue, "RC-OUT-1").getString("kind")).isEqualTo("MISSING_AT_PARTNER");

    long id = differs.getJsonNumber("id").longValue();
    var resolved =
        finance.postJson(
            MISMATCHES + "/" + id + "/resolution", "{\"reason\":\"银行少记一笔 partner short\"}");
    assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    assertThat(json(resolved.body()).getString("status")).isEqualTo("RESOLVED");
    assertThat(json(resolved.body()).getString("resolution")).isEqualTo("银行少记一笔 partner short");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'PARTNER_MISMATCH_RESOLVED'"
                        + " and subject_id = ?",
                    Long.toString(id)))
        .isEqualTo(1);
    var again = finance.postJson(MISMATCHES + "/" + id + "/resolution", "{\"reason\":\"again\"}");
    assertThat(again.status()).isEqualTo(409);

    // the corrected file: everything matches but the line we never saw
    String corrected =
        "H,"
            + p.code
            + ","
            + day
            + "\nD,RC-IN-1,,R-1,IN,500,5000,,,COMPLETED,"
            + "\nD,RC-IN-2,,R-1,IN,100,1000,,,COMPLETED,"
            + "\nD,RC-OUT-1,,R-1,OUT,200,16,,,PENDING,"
            + "\nD,RC-EXTRA,,R-1,IN,50,500,,,COMPLETED,"
            + "\nT,4,850,6516\n";
    JsonObject second = upload(p, day, corrected).json();
    assertThat(List.of(second.getInt("matched"), second.getInt("missingInAtrium")))
        .containsExactly(3, 1);
    JsonArray all = mismatches(finance, "?partner=" + p.code);
    assertThat(
            all.stream()
                .map(
                    v ->
                        v.asJsonObject().getString("partnerTxnId")
                            + ":"
                            + v.asJsonObject().getString("status"))
                .toList())
        .containsExactlyInAnyOrder(
            "RC-IN-2:RESOLVED", "RC-EXTRA:SUPERSEDED", "RC-OUT-1:SUPERSEDED", "RC-EXTRA:OPEN");
    assertThat(
            RunningAtrium.database().longValue("select coalesce(sum(points), 0) from journal_line"))
        .isZero();
  }

  @Test
  void aFileThatDoesNotAddUpIsRefusedNamingTheLineAndNothingIsStored() {
    ItPartner p = ItPartner.postpaid();
    String day = today();
    var shortTrailer =
        upload(
            p,
            day,
            "H," + p.code + "," + day + "\nD,X-1,,R-1,IN,10,100,,,COMPLETED,\nT,2,10,100\n");
    assertThat(shortTrailer.status()).isEqualTo(400);
    assertThat(shortTrailer.problemCode()).isEqualTo("RECON_FILE_INVALID");
    assertThat(shortTrailer.json().getString("detail"))
        .startsWith("Line 3: the trailer says 2 lines");
    var otherPartner = upload(p, day, "H,DEMOBANK," + day + "\nT,0,0,0\n");
    assertThat(otherPartner.problemCode()).isEqualTo("RECON_FILE_INVALID");
    String tomorrow = LocalDate.parse(day).plusDays(1).toString();
    assertThat(upload(p, tomorrow, "H," + p.code + "," + tomorrow + "\nT,0,0,0\n").problemCode())
        .isEqualTo("RECON_DAY_INVALID");
    assertThat(p.client.get(FILES + "yesterday").send().problemCode())
        .isEqualTo("RECON_DAY_INVALID");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from partner_recon_upload where partner_id = ?", p.id))
        .isZero();
  }

  @Test
  void aPartnerSeesOnlyItsOwnExchangesAndOnlyFinanceSeesTheQueues() {
    ItPartner a = ItPartner.postpaid();
    a.linkNewMember("A-1");
    assertThat(a.in("OWN-1", "A-1", 1000).status()).isEqualTo(201);
    ItPartner b = ItPartner.postpaid();
    var theirs = b.client.get(FILES + today()).send();
    assertThat(theirs.body().lines().toList()).hasSize(2).last().isEqualTo("T,0,0,0");

    PortalClient finance = finance();
    var unknown = finance.get("/api/v1/operator/partner-reconciliation/files/NO-SUCH/" + today());
    assertThat(unknown.status()).isEqualTo(404);
    var forFinance =
        finance.get("/api/v1/operator/partner-reconciliation/files/" + a.code + "/" + today());
    assertThat(forFinance.body().lines().toList()).hasSize(3).last().isEqualTo("T,1,100,1000");

    Fixtures.UserRow marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient m = new PortalClient();
    m.login(marketing.username(), marketing.password());
    assertThat(m.get(MISMATCHES).status()).isEqualTo(403);
  }

  @Test
  void aMismatchOpenForMoreThanThreeDaysWarnsFinanceOnTheDashboard() {
    ItPartner p = ItPartner.postpaid();
    String day = today();
    var summary =
        upload(
            p,
            day,
            "H," + p.code + "," + day + "\nD,OLD-1,,R-1,IN,10,100,,,COMPLETED,\nT,1,10,100\n");
    assertThat(summary.status()).isEqualTo(200);
    ItDatabase db = RunningAtrium.database();
    db.update(
        "update partner_recon_mismatch set found_at = found_at - interval '4 days'"
            + " where partner_id = ?",
        p.id);
    long stale =
        db.longValue(
            "select count(*) from partner_recon_mismatch where status = 'OPEN'"
                + " and found_at < now() - interval '3 days'");
    var dashboard = finance().get("/operator/dashboard.xhtml");
    assertThat(dashboard.body())
        .contains(
            "id=\"warn-mismatches\"",
            stale + " reconciliation mismatches have been open for more than 3 days.");

    Fixtures.UserRow marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient m = new PortalClient();
    m.login(marketing.username(), marketing.password());
    assertThat(m.get("/operator/dashboard.xhtml").body()).doesNotContain("warn-mismatches");
  }

  @Test
  void anExchangeOutPendingPastItsTimeWarnsFinanceOnTheDashboard() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("OD-M");
    assertThat(p.in("OD-IN", "OD-M", 5000).status()).isEqualTo(201);
    assertThat(p.out("OD-OUT", "OD-M", 200).status()).isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    // the partner has left it unanswered past atrium.partner.pending-alert-minutes (120)
    db.update(
        "update partner_exchange set requested_at = requested_at - interval '3 hours'"
            + " where partner_txn_id = 'OD-OUT' and partner_id = ?",
        p.id);
    long overdue =
        db.longValue(
            "select count(*) from partner_exchange where state = 'PENDING'"
                + " and requested_at < now() - interval '120 minutes'");
    String dashboard = finance().get("/operator/dashboard.xhtml").body();
    assertThat(dashboard)
        .contains(
            "id=\"warn-overdue\"",
            "partner-exchanges.xhtml?overdue=true",
            overdue + " partner exchanges out are pending past their time: ask the partners.");

    Fixtures.UserRow marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient m = new PortalClient();
    m.login(marketing.username(), marketing.password());
    assertThat(m.get("/operator/dashboard.xhtml").body()).doesNotContain("warn-overdue");
  }

  private static PosClient.Response upload(ItPartner p, String day, String text) {
    return p.client.put(FILES + day, text).header("Content-Type", "text/csv").send();
  }

  private static PortalClient finance() {
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient c = new PortalClient();
    assertThat(c.login(user.username(), user.password()).status()).isEqualTo(302);
    return c;
  }

  private static JsonArray mismatches(PortalClient c, String query) {
    var page = c.get(MISMATCHES + query);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return Json.createReader(new StringReader(page.body())).readArray();
  }

  private static JsonObject byTxn(JsonArray queue, String txn) {
    return queue.stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getString("partnerTxnId").equals(txn))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static List<String> fields(String row, int... at) {
    String[] f = row.split(",", -1);
    return Arrays.stream(at).mapToObj(i -> f[i]).toList();
  }
}
