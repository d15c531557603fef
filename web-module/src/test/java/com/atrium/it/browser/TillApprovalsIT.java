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
}
