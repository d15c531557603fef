package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance in the partners page, in Chinese (docs/partners.md, "Partners in the portal"): a prepaid
 * partner's agreement and deposit, a negative top-up refused at the field with nothing changed, a
 * top-up recorded, and the same payment reference again recorded once.
 */
@ExtendWith(RunningAtrium.class)
class PartnersDeskIT {

  @Test
  void financeTopsUpAPrepaidDepositOncePerPaymentReference() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    By balance = By.id("deposit-balance");

    try (Browser browser = Browser.chinese()) {
      browser.signIn(finance.username(), finance.password());
      browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      browser.open("/operator/clearing/partners.xhtml?partner=" + p.code);
      assertThat(browser.text(By.id("partner-title"))).startsWith(p.code);
      assertThat(browser.text(By.id("agreements-form:agreements_data")))
          .contains("10:1", "100:8", "10–5000");
      assertThat(browser.text(balance)).isEqualTo("100.00");

      browser.type(By.id("top-up:amount"), "-5");
      browser.type(By.id("top-up:reference"), "TR-1");
      browser.clickable(By.id("top-up:record-top-up")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("top-up"), "请输入大于 0、不超过 10,000,000.00、最多两位小数的金额。"));
      assertThat(browser.text(balance)).isEqualTo("100.00");

      browser.type(By.id("top-up:amount"), "500.00");
      browser.clickable(By.id("top-up:record-top-up")).click();
      browser.wait.until(ExpectedConditions.textToBe(balance, "600.00"));
      assertThat(browser.text(By.id("movements-form:movements_data")))
          .contains("充值", "500.00", "600.00", "TR-1");

      // the same payment again, say a second click: recorded once
      browser.type(By.id("top-up:amount"), "500.00");
      browser.type(By.id("top-up:reference"), "TR-1");
      browser.clickable(By.id("top-up:record-top-up")).click();
      browser.awaitAjaxIdle();
      assertThat(browser.text(balance)).isEqualTo("600.00");
      assertThat(browser.driver.findElements(By.cssSelector("#movements-form\\:movements_data tr")))
          .hasSize(1);
    }
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from partner_deposit_movement m join partner p"
                        + " on p.id = m.partner_id where p.code = ? and m.reason = 'TOP_UP'",
                    p.code))
        .isEqualTo(1);
    assertThat(
            RunningAtrium.database()
                .value("select deposit_balance from partner where code = ?", p.code))
        .isEqualTo(new BigDecimal("600.00"));
  }
}
