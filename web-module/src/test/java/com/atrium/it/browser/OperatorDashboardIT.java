package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The operator's dashboard counts a sale a store assistant has just recorded; its range presets and
 * breakdown selector change the figures shown, in English and Chinese, without sideways scrolling
 * on a 1024×768 tablet.
 */
@ExtendWith(RunningAtrium.class)
class OperatorDashboardIT {

  private static final By SALES_TODAY = By.cssSelector("#stat-sales .a-stat-note");
  private static final By POINTS_TODAY = By.cssSelector("#stat-points-today .a-stat-value");

  @Test
  void dashboardShowsTodaysNewSale() {
    try (Browser admin = Browser.signedIn("admin")) {
      admin.open("/operator/dashboard.xhtml");
      long salesBefore = Till.digits(admin.text(SALES_TODAY));
      long pointsBefore = Till.digits(admin.text(POINTS_TODAY));
      assertThat(admin.visible(By.cssSelector("#last30 canvas")).isDisplayed()).isTrue();

      long points;
      try (Browser assistant = Browser.signedIn("fb001")) {
        Till till = new Till(assistant);
        till.registerNewMember(Till.randomPhone(), "Dashboard 测试");
        points = till.recordSale(new BigDecimal("120.00"), Till.randomReceipt()).points();
      }

      admin.open("/operator/dashboard.xhtml");
      assertThat(Till.digits(admin.text(SALES_TODAY))).isGreaterThanOrEqualTo(salesBefore + 1);
      assertThat(Till.digits(admin.text(POINTS_TODAY)))
          .isGreaterThanOrEqualTo(pointsBefore + points);
      assertThat(admin.text(By.id("user-name"))).isEqualTo("admin");
      assertThat(admin.text(By.id("menu-tenants"))).isEqualTo("Tenants");
    }
  }

  @Test
  void aRangePresetAndTheBreakdownChangeTheFiguresInBothLanguages() {
    // a tenant of this test's own earns points today, none last month
    Fixtures.PosKey key = Fixtures.posKey();
    PosClient till = PosClient.of(key);
    String phone = Till.randomPhone();
    assertThat(
            till.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"概览 Range\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + Till.randomReceipt()
                    + "\",\"amount\":345.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    long points =
        Json.createReader(new StringReader(sale.body()))
            .readObject()
            .getJsonNumber("points")
            .longValue();
    String code = key.tenant().code();
    By ownRow = By.id("row-" + code);

    try (Browser en = Browser.signedIn("admin")) {
      // a 1024×768 tablet from the start: a chart drawn at a wider window shrinks a moment later
      en.scrollsSideways(1024, 768);
      en.open("/operator/dashboard.xhtml?by=tenant");
      assertThat(en.text(By.cssSelector(".a-mall-chip-on[id^='range-']"))).isEqualTo("7 days");
      en.clickable(By.id("range-TODAY")).click();
      en.visible(By.cssSelector("#range-TODAY.a-mall-chip-on"));
      assertThat(en.text(By.cssSelector("#row-" + code + " .f-issued")))
          .isEqualTo(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(points));
      assertThat(en.text(By.cssSelector("#row-" + code + " .f-sales"))).isEqualTo("¥345.00");
      assertThat(en.text(By.cssSelector("#row-" + code + " .f-new"))).isEqualTo("1");
      assertThat(en.text(By.cssSelector("#row-" + code + " .f-name")))
          .isEqualTo(key.tenant().name());
      assertThat(en.visible(By.cssSelector("#chart-issued canvas")).isDisplayed()).isTrue();

      // last month knows nothing of today's sale
      en.clickable(By.id("range-LAST_MONTH")).click();
      en.visible(By.cssSelector("#range-LAST_MONTH.a-mall-chip-on"));
      assertThat(en.driver.findElements(ownRow)).isEmpty();

      // per category: the tenant's sale is in food and beverage, named in English
      en.clickable(By.id("range-TODAY")).click();
      en.visible(By.cssSelector("#range-TODAY.a-mall-chip-on"));
      en.clickable(By.id("by-CATEGORY")).click();
      en.visible(By.cssSelector("#by-CATEGORY.a-mall-chip-on"));
      assertThat(en.text(By.cssSelector("#row-FOOD_BEVERAGE .f-name")))
          .isEqualTo("Food & beverage");
      assertThat(en.text(By.cssSelector("#breakdown thead th"))).isEqualTo("Category");
      assertThat(en.driver.getCurrentUrl()).contains("range=today", "by=category");
      assertThat(en.scrollsSideways(1024, 768)).as(en.overflowing()).isFalse();
      showRange(en);
      en.screenshot("operator-dashboard-range-en.png", 1024, 1100);
    }

    try (Browser zh = Browser.signedIn("admin", "zh")) {
      zh.scrollsSideways(1024, 768);
      zh.open("/operator/dashboard.xhtml?range=today&by=tenant");
      assertThat(zh.text(By.id("range-TODAY"))).isEqualTo("今日");
      assertThat(zh.text(By.id("by-CATEGORY"))).isEqualTo("按业态");
      assertThat(zh.text(By.cssSelector("#total-issued .a-stat-label"))).isEqualTo("发放积分");
      assertThat(zh.text(By.cssSelector("#row-" + code + " .f-sales"))).isEqualTo("¥345.00");
      zh.clickable(By.id("by-CATEGORY")).click();
      zh.visible(By.cssSelector("#by-CATEGORY.a-mall-chip-on"));
      assertThat(zh.text(By.cssSelector("#row-FOOD_BEVERAGE .f-name"))).isEqualTo("餐饮");
      assertThat(zh.text(By.cssSelector("#breakdown thead th"))).isEqualTo("业态");
      assertThat(zh.scrollsSideways(1024, 768)).as(zh.overflowing()).isFalse();
      showRange(zh);
      zh.screenshot("operator-dashboard-range-zh.png", 1024, 1100);
    }
  }

  /** Scrolls the range's card to the top, for a screenshot of the range, table and charts. */
  private static void showRange(Browser browser) {
    ((JavascriptExecutor) browser.driver)
        .executeScript("document.getElementById('range').scrollIntoView()");
  }
}
