package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ItDatabase;
import com.atrium.it.RunningAtrium;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Marketing opens the earning rules, starts a draft from the version in force, simulates it, and
 * adds a campaign through the campaign dialog before publishing the draft.
 */
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

  @Test
  void marketingAddsACampaignInTheDialogAndPublishesIt() {
    String code = "BT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    try (Browser marketing = Browser.signedIn("marketing")) {
      marketing.open("/operator/rules/edit.xhtml");
      marketing.clickable(By.id("draft:add-campaign")).click();
      marketing.type(By.id("campaign:code"), code.toLowerCase());
      marketing.type(By.id("campaign:name"), "浏览器测试 Browser test");
      assertThat(tenantChoices(marketing))
          .as("a campaign can be limited to any tenant the caller sees: code and name, by code")
          .isEqualTo(
              RunningAtrium.database()
                  .rows(
                      "select code || ' | ' || code || ' ' || name as choice from tenant"
                          + " order by code limit 200")
                  .stream()
                  .map(r -> r.get("choice"))
                  .toList());
      // far from today's sales: this version is published from tomorrow on
      marketing.typeOver(By.id("campaign:startsAt_input"), "2030-01-01 00:00");
      marketing.typeOver(By.id("campaign:endsAt_input"), "2030-01-08 00:00");

      // no multiplier and no bonus: refused where the operator has to act, the dialog stays open
      marketing.clickable(By.id("campaign:save-campaign")).click();
      marketing.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("campaign"), "Give a multiplier above 1, a bonus, or both."));
      marketing.screenshot("operator-rules-campaign-en.png", 1280, 900);

      marketing.type(By.id("campaign:multiplier_input"), "3");
      marketing.clickable(By.id("campaign:save-campaign")).click();
      marketing.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("campaign-dialog")));
      marketing.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("draft:campaigns"), code));
      assertThat(marketing.text(By.id("draft:campaigns")))
          .contains("浏览器测试 Browser test", "2030-01-01 00:00", "Every tenant", "× 3", "100,000");
      marketing.screenshot("operator-rules-edit-en.png", 1400, 1500);

      marketing.type(By.id("draft:note"), "campaign " + code);
      marketing.clickable(By.id("draft:publish")).click();
      marketing.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
      marketing.wait.until(ExpectedConditions.urlContains("/operator/rules/list"));
      assertThat(marketing.visible(By.id("versions")).getText()).contains("campaign " + code);
    }

    ItDatabase db = RunningAtrium.database();
    String rules =
        (String)
            db.value(
                "select rules from earning_rule_set where note = ? order by version desc limit 1",
                "campaign " + code);
    assertThat(rules).contains("\"" + code + "\"", "\"2029-12-31T16:00:00Z\"");
    assertThat(db.longValue("select budget from campaign_budget where code = ?", code))
        .isEqualTo(100_000);
  }

  /** The campaign dialog's tenant choices, each as "value | label", in the order offered. */
  private static List<?> tenantChoices(Browser b) {
    return (List<?>)
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "return Array.from(document.querySelectorAll(\"input[name='campaign:tenants']\"))"
                    + ".map(i => i.value + ' | '"
                    + " + document.querySelector(\"label[for='\" + CSS.escape(i.id) + \"']\")"
                    + ".textContent)");
  }
}
