package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's rewards: a reward is created in the catalog, redeemed for a member at the service
 * desk (coupon code and QR shown, points debited), and cancelled again (points back).
 */
@ExtendWith(RunningAtrium.class)
class RewardsDeskIT {

  @Test
  void operatorCreatesARewardRedeemsItAtTheDeskAndCancelsIt() {
    String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000));
    PosClient pos = PosClient.demo("FB001");
    assertThat(
            pos.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Desk 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    assertThat(
            pos.post(
                    "/api/v1/pos/sales",
                    "{\"phone\":\""
                        + phone
                        + "\",\"receiptNumber\":\"DESK-"
                        + phone
                        + "\",\"amount\":500}")
                .send()
                .status())
        .isEqualTo(201);
    long balance =
        RunningAtrium.database()
            .longValue(
                "select a.balance from ledger_account a join member m on m.id = a.member_id"
                    + " where m.phone = ?",
                phone);
    String code = "DESK" + Fixtures.unique();
    String name = "Umbrella " + code;

    try (Browser browser = Browser.signedIn("admin")) {
      browser.open("/operator/rewards/list.xhtml");
      browser.type(By.id("reward:code"), code);
      browser.type(By.id("reward:name"), name);
      replace(browser, By.id("reward:price"), "120");
      replace(browser, By.id("reward:stock"), "3");
      browser.clickable(By.id("reward:save-reward")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("catalog:table"), code));

      browser.open("/operator/rewards/redeem.xhtml");
      browser.type(By.id("find:identifier"), phone);
      browser.clickable(By.id("find:find-member")).click();
      assertThat(Till.digits(browser.text(By.id("desk-balance")))).isEqualTo(balance);
      // choose the reward in the select PrimeFaces submits (its overlay list is long here)
      long rewardId =
          RunningAtrium.database().longValue("select id from reward where code = ?", code);
      ((org.openqa.selenium.JavascriptExecutor) browser.driver)
          .executeScript(
              "document.getElementById('redeem:reward-choice_input').value = arguments[0];",
              String.valueOf(rewardId));
      browser.clickable(By.id("redeem:redeem-button")).click();
      try {
        browser.visible(By.id("coupon-code"));
      } catch (RuntimeException e) {
        throw new AssertionError(browser.driver.findElement(By.tagName("body")).getText(), e);
      }
      assertThat(browser.text(By.id("coupon-code")))
          .matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}[0-9A-HJKMNP-TV-Z]");
      assertThat(Till.digits(browser.text(By.id("desk-balance")))).isEqualTo(balance - 120);
      assertThat(browser.visible(By.cssSelector("#coupon img")).getAttribute("src"))
          .startsWith("data:image/svg+xml;base64,");
      assertThat(stock(code)).isEqualTo(2);

      browser.clickable(By.id("coupon:cancel-redemption")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("coupon"), "Cancelled"));
      assertThat(Till.digits(browser.text(By.id("desk-balance")))).isEqualTo(balance);
      assertThat(stock(code)).isEqualTo(3);
    }
  }

  /** Types over a PrimeFaces number input, which keeps its value through clear(). */
  private static void replace(Browser browser, By input, String text) {
    var element = browser.clickable(input);
    element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    element.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    element.sendKeys(text);
  }

  private static long stock(String code) {
    return RunningAtrium.database().longValue("select stock from reward where code = ?", code);
  }
}
