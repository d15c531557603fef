package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tiers and balances as a till sees them: the sale that brings the qualifying spend to a threshold
 * upgrades the member in the same request; the balance answer names the next expiry.
 */
@ExtendWith(RunningAtrium.class)
class TiersIT {

  static final String SALES = "/api/v1/pos/sales";
  static final String BALANCE = "/api/v1/pos/balance-inquiries";

  PosClient pos;
  String phone;

  @BeforeEach
  void newTillAndMember() {
    pos = PosClient.of(Fixtures.posKey());
    phone = PosSalesIT.randomPhone();
    var created =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"等级测试\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("tier")).isEqualTo("STANDARD");
    assertThat(created.json().get("nextExpiryAt"))
        .as("no points, nothing expires")
        .isIn(null, JsonValue.NULL);
  }

  @Test
  void theSaleThatReachesTheThresholdUpgradesTheMember() {
    assertThat(pos.post(SALES, sale("T-1", "4999.99")).send().status()).isEqualTo(201);
    assertThat(balance().getString("tier")).as("a cent below SILVER").isEqualTo("STANDARD");

    assertThat(pos.post(SALES, sale("T-2", "0.01")).send().status()).isEqualTo(201);
    assertThat(balance().getString("tier")).isEqualTo("SILVER");

    long member = memberId();
    var change =
        RunningAtrium.database()
            .row(
                "select from_tier, to_tier, cause, qualifying_spend from tier_change where member_id = ?",
                member)
            .orElseThrow();
    assertThat(change.get("from_tier")).isEqualTo("STANDARD");
    assertThat(change.get("to_tier")).isEqualTo("SILVER");
    assertThat(change.get("cause")).isEqualTo("QUALIFIED");
    assertThat(new BigDecimal(change.get("qualifying_spend").toString()))
        .isEqualByComparingTo("5000.00");

    // a replay of the qualifying sale changes nothing
    assertThat(pos.post(SALES, sale("T-2", "0.01")).send().header("Idempotent-Replayed"))
        .hasValue("true");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from tier_change where member_id = ?", member))
        .isEqualTo(1);

    // one big sale jumps straight to the tier its spend reaches (confirmed: above the normal range)
    assertThat(
            pos.post(SALES, sale("T-3", "60000.00").replace("}", ",\"confirmed\":true}"))
                .send()
                .status())
        .isEqualTo(201);
    assertThat(balance().getString("tier")).isEqualTo("DIAMOND");
  }

  @Test
  void aRefundUndoesAtOnceTheUpgradeItsSaleBroughtWhenTheRestNoLongerReachesIt() {
    String tag = phone.substring(phone.length() - 6);
    assertThat(pos.post(SALES, sale("UF-1-" + tag, "4000.00")).send().status()).isEqualTo(201);
    assertThat(pos.post(SALES, sale("UF-2-" + tag, "2000.00")).send().status()).isEqualTo(201);
    assertThat(balance().getString("tier")).isEqualTo("SILVER");

    // ¥500 back leaves ¥5,500: still SILVER, nothing undone
    assertThat(refund("UF-2-" + tag, "UR-1-" + tag, "500.00")).isEqualTo("false");
    assertThat(balance().getString("tier")).isEqualTo("SILVER");

    // ¥600 more leaves ¥4,900: the upgrade the sale brought is undone in the refund's request
    assertThat(refund("UF-2-" + tag, "UR-2-" + tag, "600.00")).isEqualTo("false");
    assertThat(balance().getString("tier")).isEqualTo("STANDARD");
    var last =
        RunningAtrium.database()
            .row(
                "select from_tier, to_tier, cause, qualifying_spend from tier_change"
                    + " where member_id = ? order by id desc limit 1",
                memberId())
            .orElseThrow();
    assertThat(last.get("from_tier")).isEqualTo("SILVER");
    assertThat(last.get("to_tier")).isEqualTo("STANDARD");
    assertThat(last.get("cause")).isEqualTo("REFUNDED");
    assertThat(new BigDecimal(last.get("qualifying_spend").toString()))
        .isEqualByComparingTo("4900.00");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from tier_change where member_id = ?", memberId()))
        .as("the upgrade and its undoing")
        .isEqualTo(2);

    // a replayed refund changes nothing more
    assertThat(refund("UF-2-" + tag, "UR-2-" + tag, "600.00")).isEqualTo("true");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from tier_change where member_id = ?", memberId()))
        .isEqualTo(2);
  }

  @Test
  void aRefundLeavesATierTheRemainingSpendStillReaches() {
    String tag = phone.substring(phone.length() - 6);
    assertThat(pos.post(SALES, sale("UK-1-" + tag, "5000.00")).send().status()).isEqualTo(201);
    assertThat(pos.post(SALES, sale("UK-2-" + tag, "300.00")).send().status()).isEqualTo(201);
    assertThat(refund("UK-2-" + tag, "UKR-" + tag, "300.00")).isEqualTo("false");
    assertThat(balance().getString("tier")).isEqualTo("SILVER");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from tier_change where member_id = ? and cause = 'REFUNDED'",
                    memberId()))
        .isZero();
  }

  /** Books a refund; answers its Idempotent-Replayed header. */
  private String refund(String receipt, String reference, String amount) {
    var r =
        pos.post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\""
                    + receipt
                    + "\",\"refundReference\":\""
                    + reference
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.header("Idempotent-Replayed").orElseThrow();
  }

  @Test
  void theBalanceAnswerNamesTheNextExpiryAndItsPoints() {
    assertThat(pos.post(SALES, sale("E-1", "120.00")).send().status()).isEqualTo(201);
    assertThat(pos.post(SALES, sale("E-2", "30.00")).send().status()).isEqualTo(201);
    JsonObject b = balance();
    assertThat(b.getJsonNumber("balance").longValue()).isEqualTo(150);
    assertThat(b.getJsonNumber("nextExpiryPoints").longValue())
        .as("both sales expire at the same year end")
        .isEqualTo(150);
    Instant expiry = Instant.parse(b.getString("nextExpiryAt"));
    assertThat(expiry).isAfter(Instant.now().plus(Duration.ofDays(360)));
  }

  private JsonObject balance() {
    var r = pos.post(BALANCE, "{\"phone\":\"" + phone + "\"}").send();
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  private long memberId() {
    return RunningAtrium.database().longValue("select id from member where phone = ?", phone);
  }

  private String sale(String receipt, String amount) {
    return "{\"phone\":\""
        + phone
        + "\",\"receiptNumber\":\""
        + receipt
        + "\",\"amount\":"
        + amount
        + "}";
  }
}
