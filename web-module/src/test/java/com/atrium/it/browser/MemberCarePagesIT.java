package com.atrium.it.browser;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The service desk's care of a member (docs/members.md), in Chinese and English: a block with a
 * reason (audited) makes the till say why and refuse the sale, an unblock lets the same receipt
 * earn; the member page shows when and through which channel the member registered.
 */
@ExtendWith(RunningAtrium.class)
class MemberCarePagesIT {

  @ParameterizedTest
  @CsvSource({
    "en, Blocked, Active, This membership is blocked, Store till, POS system",
    "zh, 已冻结, 正常, 该会员已被冻结, 门店收银台, 收银系统"
  })
  void aBlockedMemberIsRefusedAtTheTillWithTheReasonUntilUnblocked(
      String language,
      String blocked,
      String active,
      String tillSays,
      String tillChannel,
      String posChannel) {
    String phone = Till.randomPhone();
    String receipt = Till.randomReceipt();
    long member;
    try (Browser till = Browser.signedIn("fb001", language)) {
      new Till(till).registerNewMember(phone, "Care " + language);
      member =
          RunningAtrium.database()
              .longValue("select id from member where phone = ?", phone.replace(" ", ""));
    }
    try (Browser desk = Browser.signedIn("service", language)) {
      desk.open("/operator/members/view.xhtml?id=" + member);
      assertThat(desk.text(By.id("standing-status"))).isEqualTo(active);
      assertThat(desk.text(By.id("registration"))).contains(tillChannel).contains("Starbucks");

      // a reason is required
      desk.clickable(By.id("standing-form:block")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("standing-form"), "zh".equals(language) ? "请填写原因" : "Say why"));
      assertThat(desk.text(By.id("standing-status"))).isEqualTo(active);

      desk.type(By.id("standing-form:reason"), "Card reported stolen");
      desk.clickable(By.id("standing-form:block")).click();
      desk.wait.until(ExpectedConditions.textToBe(By.id("standing-status"), blocked));
      assertThat(desk.text(By.id("standing-form:blocked-text")))
          .contains("service")
          .contains("Card reported stolen");
      desk.screenshot("operator-member-care-" + language + ".png", 1400, 1500);
    }
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'MEMBER_BLOCKED'"
                        + " and actor = 'service' and subject_id = ? and after_state like ?",
                    String.valueOf(member),
                    "%Card reported stolen%"))
        .isEqualTo(1);

    try (Browser browser = Browser.signedIn("fb001", language)) {
      Till till = new Till(browser);
      till.find(phone.replace(" ", ""));
      assertThat(browser.text(By.id("member-blocked-text"))).startsWith(tillSays);
      browser.type(By.id("sale:amount"), "88.00");
      browser.type(By.id("sale:receipt"), receipt);
      browser.clickable(By.id("sale:record")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), tillSays));
      assertThat(browser.driver.findElements(By.id("credited-points"))).isEmpty();
      browser.screenshot("till-member-blocked-" + language + ".png", 1280, 900);
    }
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from sale where receipt_number = ?", receipt))
        .isZero();

    try (Browser desk = Browser.signedIn("admin", language)) {
      desk.open("/operator/members/view.xhtml?id=" + member);
      desk.type(By.id("standing-form:reason"), "Card found again");
      desk.clickable(By.id("standing-form:unblock")).click();
      desk.wait.until(ExpectedConditions.textToBe(By.id("standing-status"), active));
    }
    try (Browser browser = Browser.signedIn("fb001", language)) {
      Till till = new Till(browser);
      till.find(phone.replace(" ", ""));
      assertThat(browser.driver.findElements(By.id("member-blocked-text"))).isEmpty();
      Till.Credit credit = till.recordSale(new BigDecimal("88.00"), receipt);
      assertThat(credit.points()).isGreaterThanOrEqualTo(88);
    }
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'MEMBER_UNBLOCKED'"
                        + " and actor = 'admin' and subject_id = ?",
                    String.valueOf(member)))
        .isEqualTo(1);
    assertLedgerBalanced();

    // a member a POS registered shows that channel
    String posPhone = Till.randomPhone().replace(" ", "");
    assertThat(
            PosClient.demo("FB001")
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + posPhone + "\",\"name\":\"POS 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    long posMember =
        RunningAtrium.database().longValue("select id from member where phone = ?", posPhone);
    try (Browser desk = Browser.signedIn("service", language)) {
      desk.open("/operator/members/view.xhtml?id=" + posMember);
      assertThat(desk.text(By.id("registration"))).contains(posChannel).contains("Starbucks");
    }
  }

  @ParameterizedTest
  @CsvSource({
    "en, Manual adjustment, Booked, Waiting for approval, Another operator must approve",
    "zh, 人工调整, 已入账, 待审批, 须由另一位操作员审批"
  })
  void anAdjustmentBelowTheThresholdIsBookedAtOnceAndAboveItASecondLoginApproves(
      String language, String inHistory, String booked, String waiting, String sameOperator) {
    long member = memberWhoEarned("2000.00");
    long before = balance(member);
    try (Browser desk = Browser.signedIn("service", language)) {
      desk.open("/operator/members/view.xhtml?id=" + member);
      desk.type(By.id("adjust-form:points"), "100");
      desk.type(By.id("adjust-form:adjust-reason"), "Goodwill for a lost receipt");
      desk.clickable(By.id("adjust-form:adjust")).click();
      desk.wait.until(ExpectedConditions.textToBe(By.id("adjustment-status-0"), booked));
      assertThat(desk.text(By.id("adjustment-points-0"))).isEqualTo("+100");
      assertThat(Till.digits(desk.text(By.id("member-balance")))).isEqualTo(before + 100);
      assertThat(desk.text(By.id("history-form:history")))
          .contains(inHistory)
          .contains("Goodwill for a lost receipt");

      // above the demo threshold (1000 points): nothing is booked until another login approves
      desk.clickable(By.cssSelector("#adjust-form\\:direction .ui-button:nth-child(2)")).click();
      desk.type(By.id("adjust-form:points"), "1500");
      desk.type(By.id("adjust-form:adjust-reason"), "Points of a duplicated receipt");
      desk.clickable(By.id("adjust-form:adjust")).click();
      desk.wait.until(ExpectedConditions.textToBe(By.id("adjustment-status-0"), waiting));
      assertThat(desk.text(By.id("adjustment-points-0"))).isEqualTo("-1500");
      assertThat(balance(member)).isEqualTo(before + 100);

      desk.clickable(By.id("adjust-form:adjustments:0:approve")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), sameOperator));
      assertThat(balance(member)).isEqualTo(before + 100);
    }
    try (Browser second = Browser.signedIn("admin", language)) {
      second.open("/operator/approvals.xhtml");
      assertThat(second.text(By.id("pending-adjustments")))
          .contains("-1500")
          .contains("Points of a duplicated receipt");
      second.clickable(By.linkText(String.valueOf(member))).click();
      second.clickable(By.id("adjust-form:adjustments:0:approve")).click();
      second.wait.until(ExpectedConditions.textToBe(By.id("adjustment-status-0"), booked));
      assertThat(Till.digits(second.text(By.id("member-balance")))).isEqualTo(before + 100 - 1500);
    }
    var db = RunningAtrium.database();
    assertThat(
            db.rows(
                "select points, status, requested_by, decided_by from member_adjustment"
                    + " where member_id = ? order by id",
                member))
        .extracting(
            r ->
                r.get("points")
                    + " "
                    + r.get("status")
                    + " "
                    + r.get("requested_by")
                    + " "
                    + r.get("decided_by"))
        .containsExactly("100 BOOKED service null", "-1500 BOOKED service admin");
    // a credit opens a lot the operator funds; each entry balances
    assertThat(
            db.longValue(
                "select count(*) from points_lot p join ledger_account i on i.id = p.issuer_account_id"
                    + " join member_adjustment a on a.entry_id = p.credit_entry_id"
                    + " where a.member_id = ? and a.points = 100 and i.kind = 'OPERATOR_MARKETING'"
                    + " and p.points_earned = 100",
                member))
        .isEqualTo(1);
    assertThat(
            db.longValue(
                "select count(*) from audit_event where subject_id = ? and action in"
                    + " ('ADJUSTMENT_BOOKED', 'ADJUSTMENT_REQUESTED')",
                String.valueOf(member)))
        .isEqualTo(3);
    assertLedgerBalanced();
  }

  @ParameterizedTest
  @CsvSource({
    "en, This phone number already belongs to a member, tries left, The member’s phone is now",
    "zh, 该手机号已注册会员, 还可尝试, 会员手机号已改为"
  })
  void aNewPhoneTakesEffectOnlyWithTheCodeSentToIt(
      String language, String taken, String wrongCode, String changed) {
    long member = memberWhoEarned("10.00");
    var db = RunningAtrium.database();
    String other =
        (String) db.value("select phone from member where id <> ? order by id desc", member);
    String newPhone = Till.randomPhone().replace(" ", "");
    try (Browser desk = Browser.signedIn("service", language)) {
      desk.open("/operator/members/view.xhtml?id=" + member);
      desk.type(By.id("profile-form:name"), "Care 改名 " + language);
      desk.clickable(By.id("profile-form:rename")).click();
      desk.wait.until(ExpectedConditions.textToBe(By.id("member-name"), "Care 改名 " + language));

      desk.type(By.id("profile-form:phone"), other);
      desk.clickable(By.id("profile-form:send-code")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("profile-form"), taken));
      assertThat(db.longValue("select count(*) from phone_change where member_id = ?", member))
          .as("a phone another member holds is refused before anything is written")
          .isZero();

      desk.type(By.id("profile-form:phone"), newPhone);
      desk.clickable(By.id("profile-form:send-code")).click();
      desk.visible(By.id("profile-form:code"));
      long change = db.longValue("select id from phone_change where member_id = ?", member);
      String body =
          (String)
              db.value(
                  "select body from notification_outbox where kind = 'PHONE_CHANGE_CODE'"
                      + " and recipient = ? and reference = ?",
                  newPhone,
                  "phone-change-" + change);
      String code = body.replaceAll("(?s).*?(\\d{6}).*", "$1");

      desk.type(By.id("profile-form:code"), code.equals("000000") ? "111111" : "000000");
      desk.clickable(By.id("profile-form:confirm-phone")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("profile-form"), wrongCode));
      assertThat(db.value("select phone from member where id = ?", member)).isNotEqualTo(newPhone);

      desk.type(By.id("profile-form:code"), code);
      desk.clickable(By.id("profile-form:confirm-phone")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), changed));
      assertThat(desk.text(By.id("member-phone")))
          .isEqualTo(newPhone.substring(0, 3) + "****" + newPhone.substring(7));
    }
    assertThat(db.value("select phone from member where id = ?", member)).isEqualTo(newPhone);
    assertThat(db.value("select status from phone_change where member_id = ?", member))
        .isEqualTo("CONFIRMED");
    assertThat(
            db.longValue(
                "select count(*) from audit_event where subject_id = ? and action in"
                    + " ('MEMBER_RENAMED', 'PHONE_CHANGE_REQUESTED', 'MEMBER_PHONE_CHANGED')"
                    + " and after_state not like ?",
                String.valueOf(member),
                "%" + newPhone + "%"))
        .as("audited, the phone masked")
        .isEqualTo(3);
  }

  /** A member a POS registered, with the points of one sale at Starbucks. */
  private static long memberWhoEarned(String amount) {
    PosClient pos = PosClient.demo("FB001");
    String phone = Till.randomPhone().replace(" ", "");
    assertThat(
            pos.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Care 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    var sale =
        pos.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + Till.randomReceipt()
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    return RunningAtrium.database().longValue("select id from member where phone = ?", phone);
  }

  private static long balance(long member) {
    return RunningAtrium.database()
        .longValue(
            "select balance from ledger_account where kind = 'MEMBER' and member_id = ?", member);
  }
}
