package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The till's plausibility steps for FB001 (FOOD_BEVERAGE: normal up to ¥5,000.00, held above
 * ¥80,000.00; docs/approvals.md), in both languages: an unusual amount asks for a confirmation and
 * can be corrected; a confirmed one is credited; one above the approval threshold shows that it
 * waits, with no points, until the manager approves it. A void needs a reason, takes the points
 * back or waits for the manager when they were spent; the service desk refunds any sale.
 */
@ExtendWith(RunningAtrium.class)
class TillApprovalsIT {

  /**
   * What the till, the approvals page and the refunds page say, per language (messages*.properties
   * serve.*, approvals.*, refunds.*, error.REASON_REQUIRED); {0} and {1} as the pages fill them.
   */
  private static final Map<String, Texts> TEXTS =
      Map.of(
          "en",
          new Texts(
              "¥{0} is above this store's normal range. Check the amount on the receipt, then"
                  + " confirm.",
              "Amount is correct, record",
              "Correct the amount",
              "Points credited",
              "Reason to void this sale",
              "Void sale",
              "Give a reason (1 to 200 characters).",
              "Sale {0} voided: its points were taken back.",
              "Sale {0}: the member already spent its points; a manager approves the void.",
              "Sale {0} (¥{1}) is waiting for a manager's approval: no points until it is"
                  + " approved.",
              "Sales waiting for approval",
              "Approve",
              "Sale {0} approved: its points are credited.",
              "Voids waiting for approval",
              "Void of sale {0} approved: its points were taken back.",
              "Refund a sale",
              "Refund",
              "Refund recorded: {0} points taken back."),
          "zh",
          new Texts(
              "¥{0} 超出本店的正常范围。请核对小票上的金额后确认。",
              "金额无误，记录",
              "修改金额",
              "本次获得积分",
              "作废原因",
              "作废交易",
              "请填写原因（1 至 200 个字符）。",
              "交易 {0} 已作废，积分已扣回。",
              "交易 {0}：会员已使用其积分，作废需店长审批。",
              "交易 {0}（¥{1}）等待店长审批：批准后才发放积分。",
              "待审批交易",
              "批准",
              "交易 {0} 已批准，积分已发放。",
              "待审批的作废",
              "交易 {0} 的作废已批准，积分已扣回。",
              "交易退款",
              "退款",
              "退款已记录：扣回 {0} 积分。"));

  private record Texts(
      String confirmAmount,
      String confirmButton,
      String cancelConfirm,
      String credited,
      String voidReason,
      String voidButton,
      String reasonRequired,
      String voided,
      String voidPending,
      String held,
      String approvalsTitle,
      String approve,
      String approved,
      String voids,
      String voidApproved,
      String refundsTitle,
      String refund,
      String refunded) {}

  /** {@code pattern} with {0}, {1}... replaced by {@code args}, as the pages fill them. */
  private static String fill(String pattern, Object... args) {
    String text = pattern;
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void anUnusualAmountIsConfirmedAndAnImplausibleOneWaitsForApproval(String language) {
    Texts t = TEXTS.get(language);
    String phone = Till.randomPhone();
    String receipt = Till.randomReceipt();
    try (Browser browser = Browser.signedIn("fb001", language)) {
      Till till = new Till(browser);
      till.registerNewMember(phone, "审批 测试");

      // 6000.00: above the normal range, the till asks; correcting goes back to the amount
      browser.type(By.id("sale:amount"), "6000.00");
      browser.type(By.id("sale:receipt"), Till.randomReceipt());
      browser.clickable(By.id("sale:record")).click();
      assertThat(browser.text(By.id("confirm-text"))).isEqualTo(fill(t.confirmAmount(), "6000.00"));
      assertThat(browser.text(By.id("sale:confirmSale"))).isEqualTo(t.confirmButton());
      assertThat(browser.text(By.id("sale:cancelConfirm"))).isEqualTo(t.cancelConfirm());
      assertThat(browser.driver.findElements(By.id("credited-points"))).isEmpty();
      browser.clickable(By.id("sale:cancelConfirm")).click();
      browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-text")));
      assertThat(browser.clickable(By.id("sale:amount")).getAttribute("value"))
          .isEqualTo("6000.00");
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isZero();
      browser.clickable(By.id("sale:record")).click();
      browser.visible(By.id("confirm-text"));
      browser.clickable(By.id("sale:confirmSale")).click();
      browser.visible(By.id("credited-points"));
      // FB001's tenant multiplier is 1.5
      assertThat(Till.digits(browser.text(By.id("credited-points")))).isEqualTo(9000);
      assertThat(browser.text(By.cssSelector("#credited > .a-muted"))).isEqualTo(t.credited());
      assertThat(browser.driver.findElements(By.id("confirm-text"))).isEmpty();

      // a mistaken sale of today is voided with a reason: without one, it stays; with one, its
      // points go back at once
      String mistaken = Till.randomReceipt();
      long mistakenPoints = till.recordSale(new BigDecimal("100.00"), mistaken).points();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("credited"), mistaken));
      assertThat(
              browser.text(
                  By.xpath(
                      "//*[@id='void:reason']/ancestor::div[contains(@class,'a-field')][1]//label")))
          .isEqualTo(t.voidReason());
      assertThat(browser.text(By.id("void:void-sale"))).isEqualTo(t.voidButton());
      browser.clickable(By.id("void:void-sale")).click();
      assertThat(till.messageAt("void:reason")).isEqualTo(t.reasonRequired());
      assertThat(Till.digits(browser.text(By.id("member-balance"))))
          .isEqualTo(9000 + mistakenPoints);
      browser.visible(By.id("credited-points"));
      browser.type(By.id("void:reason"), "输错了 wrong amount");
      browser.clickable(By.id("void:void-sale")).click();
      browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("credited-points")));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), fill(t.voided(), mistaken)));
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(9000);
      assertThat(
              RunningAtrium.database()
                  .value(
                      "select v.status from sale_void v join sale s on s.id = v.sale_id"
                          + " join refund r on r.id = v.refund_id"
                          + " where s.receipt_number = ? and r.refund_reference = 'VOID-' || s.id",
                      mistaken))
          .isEqualTo("DONE");

      // 90000.00: confirmed, then held for a manager: no points, the balance unchanged
      browser.type(By.id("sale:amount"), "90000.00");
      browser.type(By.id("sale:receipt"), receipt);
      browser.clickable(By.id("sale:record")).click();
      browser.visible(By.id("confirm-text"));
      browser.clickable(By.id("sale:confirmSale")).click();
      assertThat(browser.text(By.id("held-text"))).isEqualTo(fill(t.held(), receipt, "90000.00"));
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(9000);
      assertThat(
              RunningAtrium.database()
                  .value(
                      "select h.status from held_sale h join tenant t on t.id = h.tenant_id"
                          + " where t.code = 'FB001' and h.receipt_number = ?",
                      receipt))
          .isEqualTo("PENDING");
    }
    // FB001's manager approves it on the approvals page: the points are credited then, at the
    // member's tier when approved (SILVER since the ¥6,000 sale); each multiplier adds its share
    // of the base: 90000 + 45000 (FB001 x1.5) + 18000 (SILVER x1.2)
    try (Browser manager = Browser.signedIn("fb001-manager", language)) {
      manager.open("/merchant/approvals/sales.xhtml");
      assertThat(manager.text(By.cssSelector(".a-page-title"))).isEqualTo(t.approvalsTitle());
      By row = By.xpath("//tr[.//span[@class='held-receipt' and text()='" + receipt + "']]");
      manager.visible(row);
      By approve =
          By.xpath("//tr[.//span[text()='" + receipt + "']]//button[contains(@id,'approve')]");
      assertThat(manager.text(approve)).isEqualTo(t.approve());
      manager.clickable(approve).click();
      manager.wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
      manager.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), fill(t.approved(), receipt)));
    }
    var db = RunningAtrium.database();
    assertThat(
            db.value(
                "select h.status from held_sale h join tenant t on t.id = h.tenant_id"
                    + " where t.code = 'FB001' and h.receipt_number = ?",
                receipt))
        .isEqualTo("APPROVED");
    assertThat(
            db.longValue(
                "select s.points from sale s join tenant t on t.id = s.tenant_id"
                    + " where t.code = 'FB001' and s.receipt_number = ?",
                receipt))
        .isEqualTo(153000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void aVoidOfSpentPointsWaitsForTheManagerAndTheDeskRefundsAnySale(String language) {
    Texts t = TEXTS.get(language);
    String phone = Till.randomPhone().replace(" ", "");
    String spent = Till.randomReceipt();
    String other = Till.randomReceipt();
    var db = RunningAtrium.database();
    // the member, its other sale and the payment by points come through FB001's POS: only the
    // void is the till's here (paying at the till: RedeemAtTheTillIT)
    PosClient pos = PosClient.demo("FB001");
    var created =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"作废 审批\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String card = created.json().getString("cardNumber");
    // at FB001 (x1.5): 200.00 earns 300 points, 100.00 earns 150; then 400 are spent as cash
    var sale =
        pos.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + other
                    + "\",\"amount\":200.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    try (Browser browser = Browser.signedIn("fb001", language)) {
      Till till = new Till(browser);
      till.find(phone);
      assertThat(till.recordSale(new BigDecimal("100.00"), spent).memberBalance()).isEqualTo(450);
      var paid =
          pos.post(
                  "/api/v1/pos/point-payments",
                  "{\"cardNumber\":\""
                      + card
                      + "\",\"paymentReference\":\"PAY-"
                      + spent
                      + "\",\"billAmount\":100.00,\"points\":400}")
              .send();
      assertThat(paid.status()).as(paid.toString()).isEqualTo(201);

      // the balance (50) no longer covers the 150 points of the sale: the void waits
      browser.type(By.id("void:reason"), "退货 returned");
      browser.clickable(By.id("void:void-sale")).click();
      browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("credited-points")));
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), fill(t.voidPending(), spent)));
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(50);
    }
    long saleId = saleOfFb001(spent);
    assertThat(db.value("select status from sale_void where sale_id = ?", saleId))
        .isEqualTo("PENDING");

    // FB001's manager approves it: refunded under STOP_AT_ZERO (50 recovered, 100 unrecovered)
    try (Browser manager = Browser.signedIn("fb001-manager", language)) {
      manager.open("/merchant/approvals/sales.xhtml");
      assertThat(manager.text(By.cssSelector("#voids h2"))).isEqualTo(t.voids());
      By row = By.xpath("//form[@id='voids']//tr[td[text()='" + saleId + "']]");
      manager.visible(row);
      By approve =
          By.xpath(
              "//form[@id='voids']//tr[td[text()='"
                  + saleId
                  + "']]//button[contains(@id,'approve-void')]");
      assertThat(manager.text(approve)).isEqualTo(t.approve());
      manager.clickable(approve).click();
      manager.wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
      manager.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), fill(t.voidApproved(), saleId)));
    }
    assertThat(db.value("select status from sale_void where sale_id = ?", saleId))
        .isEqualTo("DONE");
    assertThat(
            db.value(
                "select r.refund_reference from sale_void v join refund r on r.id = v.refund_id"
                    + " where v.sale_id = ?",
                saleId))
        .isEqualTo("VOID-" + saleId);

    // the desk refunds the other sale whole, with a reason: all its 300 points are taken back
    long otherId = saleOfFb001(other);
    try (Browser desk = Browser.signedIn("service", language)) {
      desk.open("/operator/refunds.xhtml");
      assertThat(desk.text(By.cssSelector(".a-page-title"))).isEqualTo(t.refundsTitle());
      assertThat(desk.text(By.id("refund:refund-sale"))).isEqualTo(t.refund());
      desk.type(By.id("refund:sale"), String.valueOf(otherId));
      desk.type(By.id("refund:amount"), "200.00");
      desk.type(By.id("refund:reason"), "顾客退货 returned at the desk");
      desk.clickable(By.id("refund:refund-sale")).click();
      desk.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), fill(t.refunded(), 300)));
    }
    assertThat(db.longValue("select count(*) from refund where sale_id = ?", otherId)).isEqualTo(1);
    assertThat(db.value("select refund_reference from refund where sale_id = ?", otherId))
        .isEqualTo("DESK-" + otherId + "-1");
    assertThat(
            db.longValue(
                "select count(*) from audit_event where action = 'SALE_REFUNDED_AT_DESK'"
                    + " and subject_id = ?",
                String.valueOf(otherId)))
        .isEqualTo(1);
    com.atrium.it.Fixtures.assertLedgerBalanced();
  }

  private static long saleOfFb001(String receipt) {
    return RunningAtrium.database()
        .longValue(
            "select s.id from sale s join tenant t on t.id = s.tenant_id"
                + " where t.code = 'FB001' and s.receipt_number = ?",
            receipt);
  }
}
