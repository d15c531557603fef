package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The operator's dashboard counts a sale a store assistant has just recorded. */
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
}
