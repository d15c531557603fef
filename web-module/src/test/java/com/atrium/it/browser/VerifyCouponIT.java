package com.atrium.it.browser;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coupon check in both languages (docs/redemption.md, "Coupon verification"): an FB001
 * assistant types a code in lower case with blanks, sees the coupon (reward, member masked,
 * validity) and confirms with Enter; typed again, the page says when and at which store it was
 * verified, and keeps saying it; a code with one wrong character is a typo, and nothing changes.
 */
@ExtendWith(RunningAtrium.class)
class VerifyCouponIT {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Already verified at %s on %s.|This code has a typo: check it against the coupon and"
            + " type it again.|Member %s",
        "zh|该券已于 %2$s 在 %1$s 核销。|券码有误：请对照券面重新输入。|会员 %s"
      })
  void assistantChecksThenConfirmsAndIsToldWhenAndWhereACouponWasUsed(
      String language, String usedText, String typoText, String memberText) {
    String phone = Till.randomPhone().replace(" ", "");
    PosClient till = PosClient.demo("FB001");
    var registered =
        till.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"券 测试\",\"acceptTerms\":true}")
            .send();
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + Till.randomReceipt()
                    + "\",\"amount\":500.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    String reward = rewardOfFb001();
    String code = redeem(till, phone, reward, "a");
    String other = redeem(till, phone, reward, "b");
    var db = RunningAtrium.database();
    String rewardName = "Coupon reward " + reward;
    String store = (String) db.value("select name from tenant where code = 'FB001'");
    String masked = phone.substring(0, 3) + "****" + phone.substring(7);

    try (Browser browser = Browser.signedIn("fb001", language)) {
      CouponCheck page = new CouponCheck(browser);
      // as a person reads it off a phone: lower case, in groups of four with blanks
      String typed =
          (code.substring(0, 4) + " " + code.substring(4, 8) + " " + code.substring(8))
              .toLowerCase(Locale.ROOT);
      page.check(typed);
      assertThat(page.text("coupon-reward")).isEqualTo(rewardName);
      assertThat(page.text("coupon-member")).isEqualTo(memberText.formatted(masked));
      assertThat(page.text("coupon-code"))
          .isEqualTo(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
      assertThat(page.text("coupon-valid")).contains(shanghai(db, "valid_until", code));
      assertThat(status(code)).as("looking changes nothing").isEqualTo("ISSUED");
      browser.screenshot("merchant-verify-check-" + language + ".png", 1280, 760);

      page.confirmWithEnter();
      assertThat(page.text("verified-reward")).isEqualTo(rewardName);
      assertThat(status(code)).isEqualTo("VERIFIED");

      page.check(typed);
      String used = usedText.formatted(store, shanghai(db, "verified_at", code));
      assertThat(page.text("coupon-used")).isEqualTo(used);
      assertThat(page.offersConfirmation()).isFalse();
      // on the page itself, not a notice that fades away
      assertThat(page.growlShowsAnything()).isFalse();
      browser.screenshot("merchant-verify-used-" + language + ".png", 1280, 760);

      // one character wrong: refused at the field before any lookup
      char wrong = other.charAt(5) == 'X' ? 'Y' : 'X';
      page.check(other.substring(0, 5) + wrong + other.substring(6));
      assertThat(page.fieldMessage()).isEqualTo(typoText);
      assertThat(page.showsCoupon()).isFalse();
      assertThat(status(other)).isEqualTo("ISSUED");
      assertThat(status(code)).isEqualTo("VERIFIED");
    }
    assertLedgerBalanced();
  }

  private static String status(String code) {
    return (String)
        RunningAtrium.database().value("select status from redemption where coupon_code = ?", code);
  }

  /** A time of the coupon as the page shows it: local to the mall (Asia/Shanghai). */
  private static String shanghai(com.atrium.it.ItDatabase db, String column, String code) {
    return (String)
        db.value(
            "select to_char("
                + column
                + " at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') from redemption"
                + " where coupon_code = ?",
            code);
  }

  private static String rewardOfFb001() {
    var db = RunningAtrium.database();
    long tenant = db.longValue("select id from tenant where code = 'FB001'");
    String reward = "RWV" + Fixtures.unique();
    Instant now = Instant.now();
    db.update(
        "insert into reward (id, code, name, points_price, stock, per_member_limit, valid_from,"
            + " valid_until, coupon_valid_days, provider_tenant_id, mall_id, status, created_at,"
            + " version) values (?, ?, ?, 100, 10, 2, ?, ?, 30, ?,"
            + " (select mall_id from tenant where id = ?), 'ACTIVE', ?, 0)",
        db.nextId(),
        reward,
        "Coupon reward " + reward,
        now.minus(1, ChronoUnit.DAYS),
        now.plus(1, ChronoUnit.DAYS),
        tenant,
        tenant,
        now);
    return reward;
  }

  private static String redeem(PosClient till, String phone, String reward, String key) {
    var r =
        till.post(
                "/api/v1/pos/redemptions",
                "{\"phone\":\"" + phone + "\",\"rewardCode\":\"" + reward + "\"}")
            .header("Idempotency-Key", "vc-" + reward + "-" + key)
            .send();
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json().getString("couponCode");
  }
}
