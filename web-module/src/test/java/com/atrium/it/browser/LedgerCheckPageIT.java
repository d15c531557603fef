package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finance runs the ledger check from the portal; a marketing operator may not open the page. */
@ExtendWith(RunningAtrium.class)
class LedgerCheckPageIT {

  @Test
  void financeRunsTheLedgerCheckAndSeesItConsistent() {
    try (Browser finance = Browser.signedIn("finance", "en")) {
      finance.open("/operator/ledger-check.xhtml");
      finance.clickable(By.id("check:run")).click();
      // the run's own confirmation, then the re-rendered verdict and table (located afresh)
      finance.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), "Check finished: the ledger is consistent."));
      finance.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("check:verdict"), "The ledger is consistent"));
      finance.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("check:table"), "No discrepancies."));
    }
  }

  @Test
  void marketingMayNotOpenIt() {
    try (Browser marketing = Browser.signedIn("marketing", "en")) {
      marketing.open("/operator/dashboard.xhtml");
      marketing.visible(By.id("menu-dashboard"));
      assertThat(marketing.driver.findElements(By.id("menu-ledger-check"))).isEmpty();
      marketing.open("/operator/ledger-check.xhtml");
      assertThat(marketing.driver.getPageSource()).doesNotContain("Run the check now");
    }
  }
}
