package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The browser's language picks the portal's; the header switch changes it for the session. */
@ExtendWith(RunningAtrium.class)
class LanguageSwitchIT {

  private static final By DASHBOARD_MENU = By.id("menu-dashboard");

  @Test
  void switchChangesTheTextAndStaysForTheSession() {
    try (Browser browser = Browser.signedIn("admin", "en")) {
      browser.open("/operator/dashboard.xhtml");
      assertThat(browser.text(DASHBOARD_MENU)).isEqualTo("Dashboard");

      browser.clickable(By.id("header:lang-zh")).click();
      browser.wait.until(ExpectedConditions.textToBe(DASHBOARD_MENU, "概览"));
      assertThat(browser.text(By.id("menu-tenants"))).isEqualTo("商户管理");

      browser.open("/operator/tenants/list.xhtml");
      assertThat(browser.text(By.id("menu-tenants"))).as("kept for the session").isEqualTo("商户管理");

      browser.clickable(By.id("header:lang-en")).click();
      browser.wait.until(ExpectedConditions.textToBe(By.id("menu-tenants"), "Tenants"));
    }
  }

  @Test
  void switchKeepsTheMemberAtTheTill() {
    try (Browser browser = Browser.signedIn("fb001", "en")) {
      Till till = new Till(browser);
      till.registerNewMember(Till.randomPhone(), "Switch 测试");

      browser.clickable(By.id("header:lang-zh")).click();
      browser.wait.until(ExpectedConditions.textToBe(By.id("menu-serve"), "会员服务"));

      assertThat(browser.text(By.id("member-name"))).isEqualTo("Switch 测试");
      assertThat(browser.text(By.id("sale"))).contains("录入消费");
    }
  }

  @Test
  void chineseDatePickerStartsOnMondayWithNumberedMonths() {
    try (Browser browser = Browser.signedIn("admin", "zh")) {
      browser.open("/operator/audit.xhtml");
      browser.clickable(By.id("audit:from_input")).click();
      browser.visible(By.cssSelector(".ui-datepicker-calendar"));

      assertThat(browser.text(By.cssSelector(".ui-datepicker-calendar thead th:first-child")))
          .isEqualTo("一");
      // the picker opens on the browser's today, the machine's zone
      assertThat(browser.text(By.cssSelector(".ui-datepicker-month")))
          .isEqualTo(LocalDate.now().getMonthValue() + "月");
    }
  }

  @Test
  void englishDatePickerKeepsSundayFirst() {
    try (Browser browser = Browser.signedIn("admin", "en")) {
      browser.open("/operator/audit.xhtml");
      browser.clickable(By.id("audit:from_input")).click();
      browser.visible(By.cssSelector(".ui-datepicker-calendar"));

      assertThat(browser.text(By.cssSelector(".ui-datepicker-calendar thead th:first-child")))
          .isEqualTo("Su");
    }
  }

  @Test
  void chineseBrowserGetsChinese() {
    try (Browser browser = Browser.signedIn("fb001", "zh")) {
      browser.open("/merchant/serve.xhtml");
      assertThat(browser.text(By.id("menu-serve"))).isEqualTo("会员服务");
    }
  }
}
