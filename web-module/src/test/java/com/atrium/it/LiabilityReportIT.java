package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The points liability and breakage report (docs/clearing.md, "Liability and breakage report") on a
 * mall of this test's own: sales and a payment with points through the POS API, one lot expired as
 * the expiry job expires it, one tenant's terms changed now (and again for later): exact
 * outstanding points and values per issuer and expiry month, the month's redeemed and expired
 * points, the rates and the expected breakage; the same on the portal page; a one-mall finance
 * login sees its own mall only (another mall 404, the group 403).
 */
@ExtendWith(RunningAtrium.class)
class LiabilityReportIT {

  static final String REPORT = "/api/v1/operator/reports/liability";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void aMallsLiabilityIsExactAndAOneMallLoginSeesOnlyItsOwn() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));

    // A's terms change now to a cost of 0.0120, and again next century: the report uses the first
    String terms = "/api/v1/operator/clearing/tenants/" + a.tenant().id() + "/terms";
    String change =
        "{\"costPerPoint\":0.0120,\"reimbursementPerPoint\":0.0100,\"clearingFeePercent\":0,"
            + "\"settlementMode\":\"POSTPAID\"}";
    assertThat(finance.postJson(terms, change).status()).isEqualTo(201);
    assertThat(
            finance
                .postJson(
                    terms,
                    change
                        .replace("0.0120", "0.0200")
                        .replace("}", ",\"effectiveFrom\":\"2099-01-01T00:00:00Z\"}"))
                .status())
        .isEqualTo(201);

    // M1 earns 1,234 at A and pays 300 of them at B; M2 earns 800 at B, which expire
    String m1 = register(tillA);
    String m2 = register(tillB);
    sale(tillA, m1, "1234.00", 1234);
    sale(tillB, m2, "800.00", 800);
    var payment =
        tillB
            .post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + m1
                    + "\",\"paymentReference\":\"LB-P-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":300}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    expireTheOnlyLotOf(b.tenant().id());
    // then M2 earns 500 more at B, in a lot whose expiry is put in March of next year
    sale(tillB, m2, "500.00", 500);
    YearMonth now = YearMonth.now(ZONE);
    YearMonth march = YearMonth.of(now.getYear() + 1, 3);
    assertThat(
            RunningAtrium.database()
                .update(
                    "update points_lot set expires_at = ? where points_remaining = 500"
                        + " and issuer_account_id = (select id from ledger_account"
                        + " where kind = 'TENANT_ISSUANCE' and tenant_id = ?)",
                    march.atDay(15).atStartOfDay(ZONE).toInstant(),
                    b.tenant().id()))
        .isEqualTo(1);
    // points earned this year expire at the start of 1 January two years on
    YearMonth endOfYearAfter = YearMonth.of(now.getYear() + 2, 1);

    var answer = finance.get(REPORT + "?mall=" + mall.code());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject r = json(answer.body());
    assertThat(r.getString("mall")).isEqualTo(mall.code());
    assertThat(r.getString("zone")).isEqualTo("Asia/Shanghai");
    assertThat(r.getJsonNumber("pointValue").bigDecimalValue()).isEqualByComparingTo("0.01");
    assertThat(r.getJsonObject("window").getString("firstMonth"))
        .isEqualTo(now.minusMonths(11).toString());
    assertThat(r.getJsonObject("window").getString("lastMonth")).isEqualTo(now.toString());

    // outstanding: A 1,234 − 300 = 934 at 0.0120 = 11.208 → 11.21; B 500 at 0.0110 = 5.50
    JsonObject outstanding = r.getJsonObject("outstanding");
    assertThat(valued(outstanding)).isEqualTo(List.of("1434", "14.34", "16.71"));
    List<String> codes = List.of(a.tenant().code(), b.tenant().code());
    assertThat(
            outstanding.getJsonArray("rows").stream()
                .map(JsonObject.class::cast)
                .map(
                    row ->
                        List.of(
                            row.getString("issuerKind"),
                            row.getString("issuer"),
                            row.getString("expiryMonth"),
                            Long.toString(row.getJsonNumber("points").longValue()),
                            Long.toString(row.getJsonNumber("lots").longValue()),
                            plain(row, "atPointValue"),
                            plain(row, "costPerPoint"),
                            row.getString("costBasis"),
                            plain(row, "atCost"))))
        .containsExactlyElementsOf(
            codes.stream()
                .sorted()
                .map(
                    code ->
                        code.equals(a.tenant().code())
                            ? List.of(
                                "TENANT",
                                code,
                                endOfYearAfter.toString(),
                                "934",
                                "1",
                                "9.34",
                                "0.0120",
                                "TERMS",
                                "11.21")
                            : List.of(
                                "TENANT",
                                code,
                                march.toString(),
                                "500",
                                "1",
                                "5.00",
                                "0.0110",
                                "TERMS",
                                "5.50"))
                .toList());
    assertThat(
            outstanding.getJsonArray("byExpiryMonth").stream()
                .map(JsonObject.class::cast)
                .map(m -> m.getString("expiryMonth") + " " + String.join(" ", valued(m))))
        .containsExactly(march + " 500 5.00 5.50", endOfYearAfter + " 934 9.34 11.21");

    // this month: 300 redeemed (A's points), 800 expired (B's); every earlier month empty
    var months = r.getJsonArray("months");
    assertThat(months).hasSize(12);
    for (int i = 0; i < 11; i++) {
      assertThat(months.getJsonObject(i).getJsonNumber("redeemed").longValue()).isZero();
      assertThat(months.getJsonObject(i).getJsonNumber("expired").longValue()).isZero();
    }
    JsonObject thisMonth = months.getJsonObject(11);
    assertThat(thisMonth.getString("month")).isEqualTo(now.toString());
    assertThat(thisMonth.getJsonNumber("redeemed").longValue()).isEqualTo(300);
    assertThat(thisMonth.getJsonNumber("expired").longValue()).isEqualTo(800);
    assertThat(r.getJsonArray("expired")).hasSize(1);
    JsonObject expired = r.getJsonArray("expired").getJsonObject(0);
    assertThat(expired.getString("issuer")).isEqualTo(b.tenant().code());
    assertThat(expired.getString("month")).isEqualTo(now.toString());
    assertThat(expired.getJsonNumber("points").longValue()).isEqualTo(800);

    // breakage rate 800 / 1,100 = 0.72727.. → 0.7273; expected breakage = outstanding × 8 / 11:
    // 1,434 → 1,042.9 → 1,043; 14.34 → 10.429 → 10.43; 16.71 → 12.1527 → 12.15
    JsonObject rates = r.getJsonObject("rates");
    assertThat(rates.getJsonNumber("redeemed").longValue()).isEqualTo(300);
    assertThat(rates.getJsonNumber("expired").longValue()).isEqualTo(800);
    assertThat(rates.getJsonNumber("settled").longValue()).isEqualTo(1100);
    assertThat(plain(rates, "breakageRate")).isEqualTo("0.7273");
    assertThat(plain(rates, "redemptionRate")).isEqualTo("0.2727");
    assertThat(valued(r.getJsonObject("expectedBreakage")))
        .isEqualTo(List.of("1043", "10.43", "12.15"));

    // the mall's own finance login: the same figures, on the API and the page; nothing else
    PortalClient ownMall = login(Fixtures.mallOperator("OPERATOR_FINANCE", mall.id()));
    assertThat(json(ownMall.get(REPORT + "?mall=" + mall.code()).body()).getJsonObject("rates"))
        .isEqualTo(rates);
    assertProblem(ownMall.get(REPORT + "?mall=XH"), 404, "MALL_NOT_FOUND");
    assertProblem(ownMall.get(REPORT), 403, "GROUP_SCOPE_REQUIRED");
    assertProblem(ownMall.get(REPORT + "?mall=%20"), 400, "MALL_INVALID");
    // the page shows the login's own mall whatever it asks for
    var page = ownMall.get("/operator/liability.xhtml?mall=XH");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"mall-scope\"", "1,434", "¥14.34", "¥16.71", "72.73%", "1,043", "¥12.15")
        .doesNotContain("id=\"mall-all\"");

    // a group-wide login sees the group, and an unknown mall is not found, on the page too
    var group = finance.get(REPORT);
    assertThat(group.status()).as(group.body()).isEqualTo(200);
    assertThat(json(group.body()).isNull("mall")).isTrue();
    assertThat(json(group.body()).getJsonObject("outstanding").getJsonNumber("points").longValue())
        .isGreaterThanOrEqualTo(1434);
    assertProblem(finance.get(REPORT + "?mall=NO-SUCH"), 404, "MALL_NOT_FOUND");
    assertThat(finance.get("/operator/liability.xhtml?mall=NO-SUCH").status()).isEqualTo(404);
    var groupPage = finance.get("/operator/liability.xhtml");
    assertThat(groupPage.status()).isEqualTo(200);
    assertThat(groupPage.body()).contains("id=\"mall-all\"", "outstanding-chart", "settled-chart");
    // marketing may not read it
    assertThat(login(Fixtures.operator("OPERATOR_MARKETING")).get(REPORT).status()).isEqualTo(403);
    Fixtures.assertLedgerBalanced();
  }

  /**
   * Expires a tenant's only lot the way {@code LotExpiry} does (the daily job runs at 02:00 only,
   * and LedgerIT proves it writes this): an EXPIRE entry from the member to breakage, booked now,
   * occurred at the lot's expiry, at the issuer's tenant; the lot emptied with its consumption row;
   * the member's balance posted.
   */
  static void expireTheOnlyLotOf(long tenantId) {
    ItDatabase db = RunningAtrium.database();
    Map<String, Object> lot =
        db.row(
                "select p.id, p.member_account_id, p.points_remaining, a.member_id"
                    + " from points_lot p join ledger_account a on a.id = p.member_account_id"
                    + " where p.issuer_account_id = (select id from ledger_account"
                    + " where kind = 'TENANT_ISSUANCE' and tenant_id = ?)",
                tenantId)
            .orElseThrow();
    long lotId = ((Number) lot.get("id")).longValue();
    long account = ((Number) lot.get("member_account_id")).longValue();
    long points = ((Number) lot.get("points_remaining")).longValue();
    long breakage =
        db.row("select id from ledger_account where kind = 'BREAKAGE'")
            .map(r -> ((Number) r.get("id")).longValue())
            .orElseGet(
                () -> {
                  long id = db.nextId();
                  db.update(
                      "insert into ledger_account (id, kind, balance, version)"
                          + " values (?, 'BREAKAGE', 0, 0)",
                      id);
                  return id;
                });
    Instant expiredAt = Instant.now().minus(Duration.ofMinutes(1));
    long entry = db.nextId();
    db.update("update points_lot set expires_at = ? where id = ?", expiredAt, lotId);
    db.update(
        "insert into journal_entry (id, kind, occurred_at, recorded_at, member_id, tenant_id,"
            + " description) values (?, 'EXPIRE', ?, ?, ?, ?, ?)",
        entry,
        expiredAt,
        Instant.now(),
        lot.get("member_id"),
        tenantId,
        "Expiry of lot " + lotId);
    db.update(
        "insert into journal_line (id, entry_id, account_id, points) values (?, ?, ?, ?)",
        db.nextId(),
        entry,
        account,
        -points);
    db.update(
        "insert into journal_line (id, entry_id, account_id, points) values (?, ?, ?, ?)",
        db.nextId(),
        entry,
        breakage,
        points);
    db.update(
        "insert into lot_consumption (id, entry_id, lot_id, points) values (?, ?, ?, ?)",
        db.nextId(),
        entry,
        lotId,
        points);
    db.update("update points_lot set points_remaining = 0 where id = ?", lotId);
    db.update(
        "update ledger_account set balance = balance - ?, version = version + 1 where id = ?",
        points,
        account);
  }

  private static String register(PosClient till) {
    String phone = PosSalesIT.randomPhone();
    var member =
        till.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"负债会员\",\"acceptTerms\":true}")
            .send();
    assertThat(member.status()).as(member.toString()).isEqualTo(201);
    return phone;
  }

  private static void sale(PosClient till, String phone, String amount, long points) {
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"LB-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    assertThat(sale.json().getJsonNumber("points").longValue()).isEqualTo(points);
  }

  private static List<String> valued(JsonObject v) {
    return List.of(
        Long.toString(v.getJsonNumber("points").longValue()),
        plain(v, "atPointValue"),
        plain(v, "atCost"));
  }

  private static String plain(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue().toPlainString();
  }

  private static void assertProblem(PortalClient.Page answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(answer.body()).getString("code")).isEqualTo(code);
  }

  private static PortalClient login(Fixtures.UserRow user) {
    PortalClient client = new PortalClient("en");
    assertThat(client.login(user.username(), user.password()).redirectPath()).isPresent();
    return client;
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
