package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Spending points in the portal: an FB001 assistant takes points as cash at the till, verifies (核销)
 * a coupon of their store once, and an FA001 assistant cannot find that coupon at all.
 */
@ExtendWith(RunningAtrium.class)
class RedeemAtTheTillIT {

  @Test
  void assistantTakesPointsAsCashAndVerifiesACouponOnce() {
    String phone = Till.randomPhone();
    String code;
    try (Browser browser = Browser.signedIn("fb001")) {
      Till till = new Till(browser);
      till.registerNewMember(phone, "积分 抵现");
      Till.Credit credit = till.recordSale(new BigDecimal("3000.00"), Till.randomReceipt());

      browser.type(By.id("pay:bill"), "100.00");
      browser.type(By.id("pay:points"), "2000");
      browser.type(By.id("pay:reference"), "PAY-" + Till.randomReceipt());
      browser.clickable(By.id("pay:pay-with-points")).click();
      browser.visible(By.id("paid-points"));
      assertThat(Till.digits(browser.text(By.id("paid-points")))).isEqualTo(2000);
      assertThat(browser.text(By.id("paid"))).contains("20.00");
      assertThat(Till.digits(browser.text(By.id("paid-balance"))))
          .isEqualTo(credit.creditedBalance() - 2000);

      code = redeemCouponOfFb001(phone.replace(" ", ""));

      CouponCheck check = new CouponCheck(browser);
      check.check(code);
      check.confirmWithEnter();
      assertThat(browser.text(By.id("verified-reward"))).contains("Test reward");

      check.check(code);
      assertThat(check.text("coupon-used")).startsWith("Already verified at ");
    }
    try (Browser other = Browser.signedIn("fa001")) {
      CouponCheck check = new CouponCheck(other);
      check.check(code);
      assertThat(check.fieldMessage()).isEqualTo("No such coupon for this store.");
    }
  }

  /** A reward of FB001, redeemed over the POS API for the member; the coupon code. */
  private static String redeemCouponOfFb001(String phone) {
    var db = RunningAtrium.database();
    long tenant = db.longValue("select id from tenant where code = 'FB001'");
    String reward = "RWB" + Fixtures.unique();
    Instant now = Instant.now();
    db.update(
        "insert into reward (id, code, name, points_price, stock, per_member_limit, valid_from,"
            + " valid_until, coupon_valid_days, provider_tenant_id, mall_id, status, created_at,"
            + " version) values (?, ?, ?, 100, 10, 1, ?, ?, 30, ?,"
            + " (select mall_id from tenant where id = ?), 'ACTIVE', ?, 0)",
        db.nextId(),
        reward,
        "Test reward " + reward,
        now.minus(1, ChronoUnit.DAYS),
        now.plus(1, ChronoUnit.DAYS),
        tenant,
        tenant,
        now);
    var r =
        PosClient.demo("FB001")
            .post(
                "/api/v1/pos/redemptions",
                "{\"phone\":\"" + phone + "\",\"rewardCode\":\"" + reward + "\"}")
            .header("Idempotency-Key", "sel-" + reward)
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("couponCode");
  }
}
