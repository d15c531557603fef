package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance finds partner exchanges in the portal, in English (docs/partners.md, "Finding
 * exchanges"): a partner's exchanges newest first, the one exchange out pending past the configured
 * 120 minutes flagged and listed alone with {@code ?overdue=true}, and a search by transaction id.
 */
@ExtendWith(RunningAtrium.class)
class PartnerExchangesPageIT {

  @Test
  void financeSeesTheOverduePendingExchangeAndFindsOneByItsTransactionId() {
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("PX-M");
    assertThat(p.in("PX-IN", "PX-M", 5000).status()).isEqualTo(201);
    assertThat(p.out("PX-OLD", "PX-M", 200).status()).isEqualTo(201);
    assertThat(p.out("PX-NEW", "PX-M", 100).status()).isEqualTo(201);
    // the partner has left PX-OLD unanswered for three hours
    RunningAtrium.database()
        .update(
            "update partner_exchange set requested_at = requested_at - interval '3 hours'"
                + " where partner_txn_id = 'PX-OLD' and partner_id = (select id from partner"
                + " where code = ?)",
            p.code);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");

    try (Browser browser = Browser.english()) {
      browser.signIn(finance.username(), finance.password());
      browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      browser.open("/operator/clearing/partner-exchanges.xhtml?partner=" + p.code);
      assertThat(txns(browser)).containsExactly("PX-NEW", "PX-IN", "PX-OLD");
      assertThat(browser.text(By.id("search:table_data"))).contains("Pending", "Completed");
      assertThat(browser.driver.findElements(By.cssSelector(".a-overdue"))).hasSize(1);

      browser.open("/operator/clearing/partner-exchanges.xhtml?overdue=true&partner=" + p.code);
      assertThat(txns(browser)).containsExactly("PX-OLD");
      assertThat(browser.text(By.id("search:table_data"))).contains("Overdue", "Out", "200", "16");

      browser.open("/operator/clearing/partner-exchanges.xhtml?partner=" + p.code);
      browser.type(By.id("search:txn"), "PX-NEW");
      browser.clickable(By.id("search:find")).click();
      browser.wait.until(d -> txns(browser).equals(List.of("PX-NEW")));
    }
  }

  private static List<String> txns(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#search\\:table_data .a-txn")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
