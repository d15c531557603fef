package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.RunningAtrium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reward page's number inputs judge what was typed: a reward priced {@code 1.5} or {@code 0}
 * points is refused at the price, a stock, limit or coupon validity that is negative, a fraction,
 * no number or too large at its own field, in Chinese and English, and no reward is stored.
 */
@ExtendWith(RunningAtrium.class)
class RewardPriceInputIT {

  private static final Map<String, Map<String, String>> TEXT =
      Map.of(
          "en",
          Map.of(
              "1.5", "Whole points only: a point cannot be split.",
              "0", "Use at least 1 point.",
              "-5", "Points cannot be negative: type them without the minus sign."),
          "zh",
          Map.of(
              "1.5", "积分只能是整数，不能拆分。",
              "0", "积分至少为 1。",
              "-5", "积分不能为负数，请去掉负号。"));

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void aPriceThatIsNotWholePointsIsRefusedAtItsField(String language) {
    String code = "PRICE" + Fixtures.unique();
    try (Browser browser = Browser.signedIn("admin", language)) {
      browser.open("/operator/rewards/list.xhtml");
      for (var bad : TEXT.get(language).entrySet()) {
        browser.type(By.id("reward:code"), code);
        browser.type(By.id("reward:name"), "Price " + code);
        browser.type(By.id("reward:price"), bad.getKey());
        var form = browser.visible(By.id("reward"));
        browser.clickable(By.id("reward:save-reward")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(form));
        By message =
            By.xpath(
                "//*[@id='reward:price']/ancestor::div[contains(@class,'a-field')][1]"
                    + "//*[contains(@class,'ui-message-error')]");
        assertThat(browser.text(message)).as("price %s", bad.getKey()).isEqualTo(bad.getValue());
        assertThat(browser.driver.findElement(By.id("reward:price")).getAttribute("value"))
            .isEqualTo(bad.getKey());
      }
    }
    assertThat(
            RunningAtrium.database().longValue("select count(*) from reward where code = ?", code))
        .isZero();
  }

  /** What the stock, the per-member limit and the coupon validity say, by language and text. */
  private static final Map<String, Map<String, List<String>>> NUMBERS =
      Map.of(
          "en",
          Map.of(
              "-5",
              List.of(
                  "Cannot be negative: type it without the minus sign.",
                  "Cannot be negative: type it without the minus sign.",
                  "Cannot be negative: type it without the minus sign."),
              "1.5",
              List.of(
                  "A whole number only, without decimals.",
                  "A whole number only, without decimals.",
                  "A whole number only, without decimals."),
              "abc",
              List.of(
                  "Not a number: type it in digits, e.g. 100.",
                  "Not a number: type it in digits, e.g. 1.",
                  "Not a number: type it in digits, e.g. 30."),
              "99999999999",
              List.of(
                  "Too large: at most 100,000,000 items.",
                  "Too large: at most 1,000 redemptions.",
                  "Too large: at most 3,660 days."),
              "0",
              List.of("", "Too small: at least 1 redemption.", "Too small: at least 1 day.")),
          "zh",
          Map.of(
              "-5",
              List.of("不能为负数，请去掉负号。", "不能为负数，请去掉负号。", "不能为负数，请去掉负号。"),
              "1.5",
              List.of("只能输入整数，不能有小数。", "只能输入整数，不能有小数。", "只能输入整数，不能有小数。"),
              "abc",
              List.of("不是数字：请用数字输入，例如 100。", "不是数字：请用数字输入，例如 1。", "不是数字：请用数字输入，例如 30。"),
              "99999999999",
              List.of("数值过大：最多 100,000,000 件。", "数值过大：最多 1,000 次。", "数值过大：最多 3,660 天。"),
              "0",
              List.of("", "数值过小：至少 1 次。", "数值过小：至少 1 天。")));

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void aStockLimitOrValidityOutOfBoundsIsRefusedAtItsField(String language) {
    String code = "STOCK" + Fixtures.unique();
    List<String> fields = List.of("reward:stock", "reward:limit", "reward:couponDays");
    try (Browser browser = Browser.signedIn("admin", language)) {
      browser.open("/operator/rewards/list.xhtml");
      for (var typed : NUMBERS.get(language).entrySet()) {
        browser.type(By.id("reward:code"), code);
        browser.type(By.id("reward:name"), "Stock " + code);
        browser.type(By.id("reward:price"), "100");
        var answers =
            NumberInputs.submit(
                browser,
                fields,
                typed.getKey(),
                () -> NumberInputs.press(browser, By.id("reward:save-reward")));
        for (int i = 0; i < fields.size(); i++) {
          assertThat(answers.get(fields.get(i)))
              .as("%s typed into %s", typed.getKey(), fields.get(i))
              .isEqualTo(new NumberInputs.Answer(typed.getValue().get(i), typed.getKey()));
        }
        assertThat(NumberInputs.messageAt(browser, "reward:price")).isEmpty();
      }
    }
    assertThat(
            RunningAtrium.database().longValue("select count(*) from reward where code = ?", code))
        .isZero();
  }
}
