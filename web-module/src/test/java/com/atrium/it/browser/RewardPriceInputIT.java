package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.RunningAtrium;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's points input judges what was typed too: a reward priced {@code 1.5} or {@code 0}
 * points is refused at the price, in Chinese and English, and no reward is stored.
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
}
