package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plausibility and second approval of POS sales (docs/approvals.md) with the demo limits of the
 * test tenants' category, FOOD_BEVERAGE: above 5000.00 the POS confirms, above 80000.00 the sale is
 * held until an operator approves (points credited then) or rejects it; more than 20 sales of a
 * member in a day flag the member once for the service desk.
 */
@ExtendWith(RunningAtrium.class)
class HeldSalesIT {

  static final String SALES = "/api/v1/pos/sales";
  static final String HELD = "/api/v1/operator/held-sales";

  PosClient pos;
  String phone;
  long memberId;

  @BeforeEach
  void newTillAndMember() {
    pos = PosClient.of(Fixtures.posKey());
    phone = PosSalesIT.randomPhone();
    var created =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"审批会员\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    memberId = RunningAtrium.database().longValue("select id from member where phone = ?", phone);
  }

  @AfterEach
  void ledgerStillBalances() {
    assertLedgerBalanced();
  }

  @Test
  void aSaleAboveTheNormalRangeNeedsTheConfirmationAndTheConfirmationIsAudited() {
    var refused = pos.post(SALES, sale("C-1", "5000.01", false)).send();
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.problemCode()).isEqualTo("SALE_CONFIRMATION_REQUIRED");
    assertThat(count("select count(*) from sale where member_id = ?")).isZero();

    var normal = pos.post(SALES, sale("C-2", "5000.00", false)).send();
    assertThat(normal.status()).as(normal.toString()).isEqualTo(201);
    assertThat(normal.json().getString("status")).isEqualTo("BOOKED");

    var confirmed = pos.post(SALES, sale("C-1", "5000.01", true)).send();
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
    // the first sale took the member to SILVER (5000.00), whose multiplier is 1.2
    assertThat(confirmed.json().getJsonNumber("points").longValue()).isEqualTo(6000);
    assertThat(confirmed.json().getJsonNumber("balance").longValue()).isEqualTo(11000);
    long saleId = confirmed.json().getJsonNumber("saleId").longValue();
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'SALE_CONFIRMED_ABOVE_NORMAL'"
                        + " and subject_id = ?",
                    String.valueOf(saleId)))
        .isEqualTo(1);
  }

  @Test
  void aSaleAboveTheApprovalThresholdWaitsAndTheApprovalCreditsItsExactPoints() {
    var held = pos.post(SALES, sale("H-1", "90000.00", true)).send();
    assertThat(held.status()).as(held.toString()).isEqualTo(202);
    assertThat(held.json().getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(held.json().getJsonNumber("points").longValue()).isZero();
    long heldId = held.json().getJsonNumber("heldSaleId").longValue();
    assertThat(count("select count(*) from sale where member_id = ?")).isZero();
    assertThat(balance()).isZero();

    var replay = pos.post(SALES, sale("H-1", "90000.00", true)).send();
    assertThat(replay.status()).isEqualTo(202);
    assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
    assertThat(replay.json().getJsonNumber("heldSaleId").longValue()).isEqualTo(heldId);
    var other = pos.post(SALES, sale("H-1", "90000.01", true)).send();
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.problemCode()).isEqualTo("RECEIPT_CONFLICT");

    PortalClient service = ClearingDisputesIT.login(Fixtures.operator("OPERATOR_ADMIN"));
    JsonObject listed = ClearingDisputesIT.json(service.get(HELD + "?limit=500").body());
    assertThat(
            listed.getJsonArray("heldSales").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
        .contains(heldId);

    var approved = service.postJson(HELD + "/" + heldId + "/approval", "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    JsonObject a = ClearingDisputesIT.json(approved.body());
    assertThat(a.getString("status")).isEqualTo("APPROVED");
    long saleId = a.getJsonNumber("saleId").longValue();
    // base rate 1, FOOD_BEVERAGE 1.0, STANDARD 1.0: one point per CNY
    assertThat(RunningAtrium.database().longValue("select points from sale where id = ?", saleId))
        .isEqualTo(90000);
    assertThat(balance()).isEqualTo(90000);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'HELD_SALE_APPROVED'"
                        + " and subject_id = ?",
                    String.valueOf(heldId)))
        .isEqualTo(1);

    var twice = service.postJson(HELD + "/" + heldId + "/approval", "{}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(balance()).isEqualTo(90000);
    // the POS asking again now gets the booked sale
    var after = pos.post(SALES, sale("H-1", "90000.00", true)).send();
    assertThat(after.status()).isEqualTo(201);
    assertThat(after.json().getJsonNumber("saleId").longValue()).isEqualTo(saleId);
    assertThat(after.json().getJsonNumber("points").longValue()).isEqualTo(90000);
  }

  @Test
  void aRejectedHeldSaleRecordsWhyAndCreditsNothing() {
    var held = pos.post(SALES, sale("R-1", "85000.00", true)).send();
    assertThat(held.status()).isEqualTo(202);
    long heldId = held.json().getJsonNumber("heldSaleId").longValue();
    PortalClient admin = ClearingDisputesIT.login(Fixtures.operator("OPERATOR_ADMIN"));

    var noReason = admin.postJson(HELD + "/" + heldId + "/rejection", "{\"reason\":\"  \"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(status(heldId)).isEqualTo("PENDING");

    var rejected = admin.postJson(HELD + "/" + heldId + "/rejection", "{\"reason\":\"多输了一个零\"}");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    assertThat(status(heldId)).isEqualTo("REJECTED");
    assertThat(
            RunningAtrium.database()
                .value("select decision_reason from held_sale where id = ?", heldId))
        .isEqualTo("多输了一个零");
    assertThat(admin.postJson(HELD + "/" + heldId + "/approval", "{}").status()).isEqualTo(409);
    assertThat(balance()).isZero();
    assertThat(count("select count(*) from sale where member_id = ?")).isZero();
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'HELD_SALE_REJECTED'"
                        + " and subject_id = ?",
                    String.valueOf(heldId)))
        .isEqualTo(1);
  }

  @Test
  void anotherMallsOperatorDoesNotFindTheHeldSale() {
    var held = pos.post(SALES, sale("M-1", "85000.00", true)).send();
    long heldId = held.json().getJsonNumber("heldSaleId").longValue();
    long otherMall = Fixtures.mallId("CD");
    long ownMall =
        RunningAtrium.database().longValue("select mall_id from held_sale where id = ?", heldId);
    assertThat(otherMall).isNotEqualTo(ownMall);
    PortalClient cd = ClearingDisputesIT.login(Fixtures.mallOperator("OPERATOR_ADMIN", otherMall));
    var refused = cd.postJson(HELD + "/" + heldId + "/approval", "{}");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(status(heldId)).isEqualTo("PENDING");
  }

  @Test
  void theTwentyFirstSaleOfAMemberInADayFlagsTheMemberOnce() {
    for (int i = 1; i <= 20; i++) {
      assertThat(pos.post(SALES, sale("V-" + i, "1.00", false)).send().status()).isEqualTo(201);
    }
    assertThat(flags()).isZero();
    assertThat(pos.post(SALES, sale("V-21", "1.00", false)).send().status()).isEqualTo(201);
    assertThat(flags()).isEqualTo(1);
    assertThat(pos.post(SALES, sale("V-22", "1.00", false)).send().status()).isEqualTo(201);
    assertThat(flags()).as("flagged once, by the sale that crossed the limit").isEqualTo(1);
    assertThat(
            (String)
                RunningAtrium.database()
                    .value(
                        "select detail from member_flag where member_id = ? and kind = 'SALE_VELOCITY'",
                        memberId))
        .contains("21 sales");
  }

  private long flags() {
    return count("select count(*) from member_flag where member_id = ? and kind = 'SALE_VELOCITY'");
  }

  private String status(long heldId) {
    return (String)
        RunningAtrium.database().value("select status from held_sale where id = ?", heldId);
  }

  private long count(String sql) {
    return RunningAtrium.database().longValue(sql, memberId);
  }

  private long balance() {
    var r = pos.post("/api/v1/pos/balance-inquiries", "{\"phone\":\"" + phone + "\"}").send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getJsonNumber("balance").longValue();
  }

  private String sale(String receipt, String amount, boolean confirmed) {
    return "{\"phone\":\""
        + phone
        + "\",\"receiptNumber\":\""
        + receipt
        + "\",\"amount\":"
        + amount
        + (confirmed ? ",\"confirmed\":true" : "")
        + "}";
  }
}
