package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Draft clearing statements from what the tills booked (docs/clearing.md, "Draft statements"): a
 * sale at one tenant, its rate changed, the points spent at a second tenant with a clearing fee, a
 * pro rata refund at the first at its new rate; the drafts price each line at the rate in force
 * when its entry was booked, to the fen, and the run nets to zero with the operator.
 */
@ExtendWith(RunningAtrium.class)
class ClearingDraftIT {

  static final String DRAFTS = "/api/v1/operator/clearing/drafts";

  @Test
  void theDraftPricesEachLineAtTheRateInForceWhenItWasBooked() {
    Instant start = Instant.now();
    Fixtures.PosKey a = Fixtures.posKey();
    Fixtures.PosKey b = Fixtures.posKey();
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    String mall =
        RunningAtrium.database()
            .row(
                "select m.code from mall m join tenant t on t.mall_id = m.id where t.id = ?",
                a.tenant().id())
            .map(r -> (String) r.get("code"))
            .orElseThrow();

    // B takes a 2 % clearing fee from now on
    Instant feeFrom = changeTerms(finance, b.tenant().id(), "0.0110", "0.0095", "2", "POSTPAID");

    String phone = PosSalesIT.randomPhone();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"清算会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String receipt = "CL-" + Fixtures.unique();
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

    // A's rates change after its sale and before its refund
    Instant newRatesFrom =
        changeTerms(finance, a.tenant().id(), "0.0125", "0.0100", "0", "POSTPAID");

    var payment =
        tillB
            .post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + phone
                    + "\",\"paymentReference\":\"CL-P-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":567}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    // half the bill back: half the sale's points, taken from the sale's lot (667 left in it)
    var refund =
        tillA
            .post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\""
                    + receipt
                    + "\",\"refundReference\":\"CL-R-"
                    + Fixtures.unique()
                    + "\",\"amount\":617.00}")
            .send();
    assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
    Instant end = Instant.now().plusSeconds(1);

    var answer = finance.get(DRAFTS + "?mall=" + mall + "&from=" + start + "&to=" + end);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject draft = json(answer.body());
    Map<String, JsonObject> statements =
        draft.getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(Collectors.toMap(s -> s.getString("party"), s -> s));

    // A: 1,234 × 0.0110 = 13.574 → −13.57 at the old cost; 617 × 0.0125 = 7.7125 → 7.71 at the new
    assertThat(lines(statements.get(a.tenant().code())))
        .containsExactly(
            tuple(
                "ISSUANCE_CHARGE",
                start.toString(),
                newRatesFrom.toString(),
                1234L,
                "0.0110",
                "-13.57"),
            tuple(
                "ISSUANCE_REVERSED",
                newRatesFrom.toString(),
                end.toString(),
                617L,
                "0.0125",
                "7.71"));
    assertThat(net(statements.get(a.tenant().code()))).isEqualByComparingTo("-5.86");
    // B: 567 × 0.0095 = 5.3865 → 5.39; fee 567 × 0.0095 × 2 % = 0.10773 → −0.11
    assertThat(lines(statements.get(b.tenant().code())))
        .containsExactly(
            tuple("REIMBURSEMENT", feeFrom.toString(), end.toString(), 567L, "0.0095", "5.39"),
            tuple("CLEARING_FEE", feeFrom.toString(), end.toString(), 567L, "0.0095", "-0.11"));
    assertThat(net(statements.get(b.tenant().code()))).isEqualByComparingTo("5.28");

    BigDecimal total =
        statements.values().stream()
            .map(ClearingDraftIT::net)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("0.00");
    assertThat(
            draft
                .getJsonArray("statements")
                .getJsonObject(statements.size() - 1)
                .getString("party"))
        .isEqualTo("OPERATOR");

    // the same data gives the same draft
    assertThat(finance.get(DRAFTS + "?mall=" + mall + "&from=" + start + "&to=" + end).body())
        .isEqualTo(answer.body());
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void aOneMallFinanceLoginFindsNoOtherMallAndABadPeriodIsRefused() {
    long xh = Fixtures.mallId("XH");
    long cd = Fixtures.mallId("CD");
    PortalClient cdFinance = login(Fixtures.mallOperator("OPERATOR_FINANCE", cd));
    Instant now = Instant.now();
    var other = cdFinance.get(DRAFTS + "?mall=XH&from=" + now.minusSeconds(60) + "&to=" + now);
    assertThat(other.status()).as(other.body()).isEqualTo(404);
    assertThat(json(other.body()).getString("code")).isEqualTo("MALL_NOT_FOUND");
    assertThat(
            cdFinance.get(DRAFTS + "?mall=CD&from=" + now.minusSeconds(60) + "&to=" + now).status())
        .isEqualTo(200);

    var backwards = cdFinance.get(DRAFTS + "?mall=CD&from=" + now + "&to=" + now.minusSeconds(60));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(json(backwards.body()).getString("code")).isEqualTo("PERIOD_INVALID");
    var farAway = cdFinance.get(DRAFTS + "?mall=CD&from=-999999999-01-01T00:00:00Z&to=" + now);
    assertThat(farAway.status()).isEqualTo(400);
    assertThat(json(farAway.body()).getString("code")).isEqualTo("PERIOD_INVALID");
    var share =
        cdFinance.get(
            DRAFTS
                + "?mall=CD&from="
                + now.minusSeconds(60)
                + "&to="
                + now
                + "&breakageSharePercent=101");
    assertThat(share.status()).isEqualTo(400);
    assertThat(json(share.body()).getString("code")).isEqualTo("BREAKAGE_SHARE_INVALID");
    assertThat(xh).isNotEqualTo(cd);
  }

  /** Adds a version of a tenant's terms from now; answers when it starts. */
  private static Instant changeTerms(
      PortalClient finance,
      long tenant,
      String cost,
      String reimbursement,
      String fee,
      String mode) {
    var r =
        finance.postJson(
            "/api/v1/operator/clearing/tenants/" + tenant + "/terms",
            "{\"costPerPoint\":"
                + cost
                + ",\"reimbursementPerPoint\":"
                + reimbursement
                + ",\"clearingFeePercent\":"
                + fee
                + ",\"settlementMode\":\""
                + mode
                + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return Instant.parse(json(r.body()).getString("effectiveFrom"));
  }

  private static List<org.assertj.core.groups.Tuple> lines(JsonObject statement) {
    return statement.getJsonArray("lines").stream()
        .map(v -> v.asJsonObject())
        .map(
            l ->
                tuple(
                    l.getString("kind"),
                    l.getString("from"),
                    l.getString("to"),
                    l.getJsonNumber("points").longValue(),
                    l.getJsonNumber("rate").bigDecimalValue().toPlainString(),
                    l.getJsonNumber("amount").bigDecimalValue().toPlainString()))
        .toList();
  }

  private static BigDecimal net(JsonObject statement) {
    return statement.getJsonNumber("net").bigDecimalValue();
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
