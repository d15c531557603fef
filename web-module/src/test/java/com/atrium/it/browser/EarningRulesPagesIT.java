package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Marketing opens the earning rules, starts a draft from the version in force and simulates it. */
@ExtendWith(RunningAtrium.class)
class EarningRulesPagesIT {

  @Test
  void marketingSimulatesADraftOverTheLastMonth() {
    try (Browser marketing = Browser.signedIn("marketing")) {
      marketing.open("/operator/dashboard.xhtml");
      marketing.clickable(By.id("menu-rules")).click();
      assertThat(marketing.visible(By.id("versions")).getText()).contains("v1", "in force");
      assertThat(marketing.text(By.cssSelector(".a-page-title"))).isEqualTo("Earning rules");

      marketing.clickable(By.id("new-version")).click();
      assertThat(marketing.visible(By.id("draft:baseRate_input")).getAttribute("value"))
          .isNotBlank();
      marketing.clickable(By.id("draft:simulate")).click();
      String total = marketing.text(By.id("sim-total"));
      assertThat(total).contains("sales", "Issued", "Draft");
      assertThat(marketing.visible(By.id("draft:sim-tenants")).getText()).contains("FB001");
    }
  }
}
