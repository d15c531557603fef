package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The till's plausibility steps for FB001 (FOOD_BEVERAGE: normal up to ¥5,000.00, held above
 * ¥80,000.00; docs/approvals.md): an unusual amount asks for a confirmation and can be corrected; a
 * confirmed one is credited; one above the approval threshold shows that it waits, with no points.
 */
@ExtendWith(RunningAtrium.class)
class TillApprovalsIT {

  @Test
  void anUnusualAmountIsConfirmedAndAnImplausibleOneWaitsForApproval() {
    String phone = Till.randomPhone();
    String receipt = Till.randomReceipt();
    try (Browser browser = Browser.signedIn("fb001")) {
      Till till = new Till(browser);
      till.registerNewMember(phone, "审批 测试");

      // 6000.00: above the normal range, the till asks; correcting goes back to the amount
      browser.type(By.id("sale:amount"), "6000.00");
      browser.type(By.id("sale:receipt"), Till.randomReceipt());
      browser.clickable(By.id("sale:record")).click();
      assertThat(browser.text(By.id("confirm-text"))).contains("6000.00");
      assertThat(browser.driver.findElements(By.id("credited-points"))).isEmpty();
      browser.clickable(By.id("sale:confirmSale")).click();
      browser.visible(By.id("credited-points"));
      // FB001's tenant multiplier is 1.5
      assertThat(Till.digits(browser.text(By.id("credited-points")))).isEqualTo(9000);
      assertThat(browser.driver.findElements(By.id("confirm-text"))).isEmpty();

      // a mistaken sale of today is voided with a reason: its points go back at once
      String mistaken = Till.randomReceipt();
      till.recordSale(new BigDecimal("100.00"), mistaken);
      browser.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
              By.id("credited"), mistaken));
      browser.type(By.id("void:reason"), "输错了 wrong amount");
      browser.clickable(By.id("void:void-sale")).click();
      browser.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
              By.id("credited-points")));
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
      assertThat(browser.text(By.id("held-text"))).contains(receipt).contains("approval");
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
    try (Browser manager = Browser.signedIn("fb001-manager")) {
      manager.open("/merchant/approvals/sales.xhtml");
      By row = By.xpath("//tr[.//span[@class='held-receipt' and text()='" + receipt + "']]");
      manager.visible(row);
      manager
          .clickable(
              By.xpath("//tr[.//span[text()='" + receipt + "']]//button[contains(@id,'approve')]"))
          .click();
      manager.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(row));
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

  @Test
  void aVoidOfSpentPointsWaitsForTheManagerAndTheDeskRefundsAnySale() {
    String phone = Till.randomPhone();
    String spent = Till.randomReceipt();
    String other = Till.randomReceipt();
    var db = RunningAtrium.database();
    try (Browser browser = Browser.signedIn("fb001")) {
      Till till = new Till(browser);
      till.registerNewMember(phone, "作废 审批");
      // at FB001 (x1.5): 200.00 earns 300 points, 100.00 earns 150; then 400 are spent as cash
      retrying(() -> till.recordSale(new BigDecimal("200.00"), other));
      browser.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
              By.id("credited"), other));
      // the till is re-rendered after each answer; a retried post of the same receipt is a replay
      retrying(() -> till.recordSale(new BigDecimal("100.00"), spent));
      browser.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
              By.id("credited"), spent));
      browser.type(By.id("pay:bill"), "100.00");
      browser.type(By.id("pay:points"), "400");
      browser.type(By.id("pay:reference"), "PAY-" + Till.randomReceipt());
      browser.clickable(By.id("pay:pay-with-points")).click();
      browser.visible(By.id("paid-points"));
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(50);

      // the balance (50) no longer covers the 150 points of the sale: the void waits
      browser.type(By.id("void:reason"), "退货 returned");
      browser.clickable(By.id("void:void-sale")).click();
      browser.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
              By.id("credited-points")));
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(50);
    }
    long saleId = saleOfFb001(spent);
    assertThat(db.value("select status from sale_void where sale_id = ?", saleId))
        .isEqualTo("PENDING");

    // FB001's manager approves it: refunded under STOP_AT_ZERO (50 recovered, 100 unrecovered)
    try (Browser manager = Browser.signedIn("fb001-manager")) {
      manager.open("/merchant/approvals/sales.xhtml");
      By row = By.xpath("//form[@id='voids']//tr[td[text()='" + saleId + "']]");
      manager.visible(row);
      manager
          .clickable(
              By.xpath(
                  "//form[@id='voids']//tr[td[text()='"
                      + saleId
                      + "']]//button[contains(@id,'approve-void')]"))
          .click();
      manager.wait.until(
          org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(row));
    }
    assertThat(db.value("select status from sale_void where sale_id = ?", saleId))
        .isEqualTo("DONE");
    assertThat(
            db.value(
                "select r.refund_reference from sale_void v join refund r on r.id = v.refund_id"
                    + " where v.sale_id = ?",
                saleId))
        .isEqualTo("VOID-" + saleId);

    // the desk refunds the other sale whole, with a reason
    long otherId = saleOfFb001(other);
    try (Browser desk = Browser.signedIn("service")) {
      desk.open("/operator/refunds.xhtml");
      desk.type(By.id("refund:sale"), String.valueOf(otherId));
      desk.type(By.id("refund:amount"), "200.00");
      desk.type(By.id("refund:reason"), "顾客退货 returned at the desk");
      desk.clickable(By.id("refund:refund-sale")).click();
      desk.wait.until(
          d -> db.longValue("select count(*) from refund where sale_id = ?", otherId) == 1);
    }
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

  private static void retrying(Runnable step) {
    for (int attempt = 1; ; attempt++) {
      try {
        step.run();
        return;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static long saleOfFb001(String receipt) {
    return RunningAtrium.database()
        .longValue(
            "select s.id from sale s join tenant t on t.id = s.tenant_id"
                + " where t.code = 'FB001' and s.receipt_number = ?",
            receipt);
  }
}
