package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ItDatabase;
import com.atrium.it.RunningAtrium;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The till judges what the assistant typed, in Chinese and English: a minus, a fraction of a point,
 * a zero, text and an absurd amount each get their own message at the field and record nothing; a
 * replayed payment reference is named as such; a good sale still goes by keyboard.
 */
@ExtendWith(RunningAtrium.class)
class TillInputIT {

  /** The texts the assistant must read, per language (from the message bundles). */
  private static final Map<String, Map<String, String>> TEXT =
      Map.of(
          "en",
          Map.of(
              "negativeAmount", "An amount cannot be negative: type it without the minus sign.",
              "amountNotANumber", "Not a number: type the amount in digits, e.g. 88.50.",
              "amountTooLarge", "Too large: an amount is at most 1,000,000.00 CNY.",
              "zeroAmount", "Enter at least 0.01 CNY.",
              "fractionOfPoint", "Whole points only: a point cannot be split.",
              "zeroPoints", "Use at least 1 point.",
              "pointsNotANumber", "Not a number: type the points in digits, e.g. 2000.",
              "replayed",
                  "This payment reference was already used: nothing was paid again; the original"
                      + " payment is shown.",
              "terms", "1 point = 0.01 CNY; points pay at most 50% of a bill.",
              "maxPoints", "At most 500 points on this bill."),
          "zh",
          Map.of(
              "negativeAmount", "金额不能为负数，请去掉负号。",
              "amountNotANumber", "不是数字：请用数字输入金额，例如 88.50。",
              "amountTooLarge", "金额过大：最多 1,000,000.00 元。",
              "zeroAmount", "金额至少为 0.01 元。",
              "fractionOfPoint", "积分只能是整数，不能拆分。",
              "zeroPoints", "积分至少为 1。",
              "pointsNotANumber", "不是数字：请用数字输入积分，例如 2000。",
              "replayed", "该支付流水号已使用过：未重复扣分，显示的是原支付结果。",
              "terms", "1 积分 = 0.01 元；积分最多抵扣账单的 50%。",
              "maxPoints", "本单最多可用 500 积分。"));

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void badInputIsNamedAtItsFieldAndRecordsNothing(String language) {
    Map<String, String> text = TEXT.get(language);
    ItDatabase db = RunningAtrium.database();
    try (Browser browser = Browser.signedIn("fb001", language)) {
      Till till = new Till(browser);
      till.registerNewMember(Till.randomPhone(), "Till " + language);
      long member =
          db.longValue(
              "select id from member where card_number = ?",
              browser.text(By.id("member-card-number")));

      assertThat(browser.driver.findElement(By.id("sale:amount")).getAttribute("value")).isEmpty();
      browser.wait.until(d -> "sale:amount".equals(till.focused()));
      assertThat(till.contrastOnMemberCard("member-name")).isGreaterThanOrEqualTo(4.5);
      assertThat(till.contrastOnMemberCard("member-balance")).isGreaterThanOrEqualTo(4.5);
      assertThat(till.contrastOnMemberCard("member-phone")).isGreaterThanOrEqualTo(4.5);

      // a good sale by keyboard alone: the amount is focused, Tab to the receipt, Enter
      String goodReceipt = Till.randomReceipt();
      browser.driver.switchTo().activeElement().sendKeys("3000.00", Keys.TAB);
      browser.driver.switchTo().activeElement().sendKeys(goodReceipt, Keys.ENTER);
      browser.visible(By.id("credited-points"));
      assertThat(browser.text(By.id("credited"))).contains(goodReceipt).contains("3000.00");
      long balance = Till.digits(browser.text(By.id("member-balance")));
      assertThat(balance).isGreaterThanOrEqualTo(3000);
      browser.wait.until(d -> "sale:amount".equals(till.focused()));

      Map<String, String> badAmounts =
          Map.of(
              "-50", "negativeAmount",
              "abc", "amountNotANumber",
              "99,999,999,999", "amountTooLarge",
              "0", "zeroAmount");
      for (var bad : badAmounts.entrySet()) {
        browser.type(By.id("sale:amount"), bad.getKey());
        browser.type(By.id("sale:receipt"), Till.randomReceipt());
        till.press("sale:record");
        assertThat(till.messageAt("sale:amount"))
            .as("the message for %s", bad.getKey())
            .isEqualTo(text.get(bad.getValue()));
        assertThat(browser.driver.findElements(By.id("credited")))
            .as("the last sale's result is not shown next to the refusal of %s", bad.getKey())
            .isEmpty();
        assertThat(browser.driver.findElement(By.id("sale:amount")).getAttribute("value"))
            .as("what was typed stays as typed")
            .isEqualTo(bad.getKey());
        browser.wait.until(d -> "sale:amount".equals(till.focused()));
      }
      assertThat(db.longValue("select count(*) from sale where member_id = ?", member))
          .isEqualTo(1);

      // points as cash: the terms and the most points usable on the bill are shown
      assertThat(browser.text(By.id("pay-terms"))).isEqualTo(text.get("terms"));
      browser.type(By.id("pay:bill"), "10.00");
      browser.wait.until(d -> text.get("maxPoints").equals(browser.text(By.id("pay-max-points"))));

      record BadPayment(String bill, String points, String field, String key) {}
      for (BadPayment bad :
          new BadPayment[] {
            new BadPayment("-10", "100", "pay:bill", "negativeAmount"),
            new BadPayment("10.00", "1.5", "pay:points", "fractionOfPoint"),
            new BadPayment("10.00", "0", "pay:points", "zeroPoints"),
            new BadPayment("10.00", "abc", "pay:points", "pointsNotANumber")
          }) {
        browser.type(By.id("pay:bill"), bad.bill());
        browser.type(By.id("pay:points"), bad.points());
        browser.type(By.id("pay:reference"), "PAY-" + Till.randomReceipt());
        till.press("pay:pay-with-points");
        assertThat(till.messageAt(bad.field()))
            .as("the message for bill %s, points %s", bad.bill(), bad.points())
            .isEqualTo(text.get(bad.key()));
        assertThat(browser.driver.findElements(By.id("paid"))).isEmpty();
      }
      assertThat(db.longValue("select count(*) from point_payment where member_id = ?", member))
          .isZero();
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(balance);

      // a payment, then the same payment reference again: named as a used reference, paid once
      String reference = "PAY-" + Till.randomReceipt();
      pay(browser, till, "10.00", "500", reference);
      browser.visible(By.id("paid-points"));
      assertThat(
              browser.driver.findElements(
                  By.xpath(
                      "//*[@id='pay:reference']/ancestor::div"
                          + "[contains(@class,'a-field')][1]//*[contains(@class,'ui-message-')]")))
          .isEmpty();
      pay(browser, till, "10.00", "500", reference);
      assertThat(till.messageAt("pay:reference")).isEqualTo(text.get("replayed"));
      assertThat(browser.text(By.id("paid"))).contains(text.get("replayed"));
      assertThat(
              db.longValue(
                  "select count(*) from point_payment where member_id = ? and payment_reference = ?",
                  member,
                  reference))
          .isEqualTo(1);
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(balance - 500);
      assertThat(db.longValue("select count(*) from journal_entry where member_id = ?", member))
          .as("one entry for the sale, one for the payment")
          .isEqualTo(2);

      // for the docs: a refused amount at its field, the payment form with its terms
      browser.type(By.id("sale:amount"), "-50");
      browser.type(By.id("sale:receipt"), Till.randomReceipt());
      till.press("sale:record");
      assertThat(till.messageAt("sale:amount")).isEqualTo(text.get("negativeAmount"));
      browser.driver.manage().window().setSize(new Dimension(1280, 1500));
      ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
      browser.screenshot("merchant-till-refused-" + language + ".png", 1280, 1500);
    }
    assertThat(db.longValue("select coalesce(sum(points), 0) from journal_line"))
        .as("the ledger sums to zero")
        .isZero();
  }

  private static void pay(
      Browser browser, Till till, String bill, String points, String reference) {
    browser.type(By.id("pay:bill"), bill);
    browser.type(By.id("pay:points"), points);
    browser.type(By.id("pay:reference"), reference);
    till.press("pay:pay-with-points");
  }
}
