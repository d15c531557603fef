package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
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
      assertThat(marketing.visible(By.id("draft:baseRate")).getAttribute("value")).isNotBlank();
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

      marketing.type(By.id("campaign:multiplier"), "3");
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

  @Test
  void marketingLetsATenantFundACampaignAndThePublishedRulesNameIt() {
    String code = "BF" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    String funder = "FB001";
    String choice =
        funder
            + " "
            + RunningAtrium.database().value("select name from tenant where code = ?", funder);
    try (Browser marketing = Browser.signedIn("marketing")) {
      marketing.open("/operator/rules/edit.xhtml");
      marketing.clickable(By.id("draft:add-campaign")).click();
      marketing.type(By.id("campaign:code"), code);
      marketing.type(By.id("campaign:name"), "商户出资 Tenant funded");
      assertThat(marketing.text(By.id("campaign:fundedBy_label"))).isEqualTo("The operator");
      assertThat(marketing.text(By.id("campaign")))
          .contains(
              "its points are charged to that tenant at its cost per point on its clearing"
                  + " statement");
      marketing.typeOver(By.id("campaign:startsAt_input"), "2030-02-01 00:00");
      marketing.typeOver(By.id("campaign:endsAt_input"), "2030-02-03 00:00");
      marketing.type(By.id("campaign:multiplier"), "2");
      marketing.choose(
          By.id("campaign:fundedBy"),
          By.cssSelector("#campaign\\:fundedBy_items li[data-label='" + choice + "']"),
          By.id("campaign:fundedBy_label"),
          choice);
      marketing.awaitAjaxIdle();
      assertThat(checked(marketing, "campaign:tenants")).isEqualTo(List.of(funder));
      assertThat(checked(marketing, "campaign:categories")).isEmpty();

      marketing.clickable(By.id("campaign:save-campaign")).click();
      marketing.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("campaign-dialog")));
      By row = By.xpath("//tbody[@id='draft:campaigns_data']/tr[contains(., '" + code + "')]");
      assertThat(marketing.text(row)).contains("商户出资 Tenant funded", "× 2");
      assertThat(marketing.visible(row).findElement(By.xpath("td[3]")).getText().trim())
          .isEqualTo(funder);
      assertThat(marketing.visible(row).findElement(By.xpath("td[4]")).getText().trim())
          .isEqualTo(funder);

      marketing.type(By.id("draft:note"), "funded " + code);
      marketing.clickable(By.id("draft:publish")).click();
      marketing.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
      marketing.wait.until(ExpectedConditions.urlContains("/operator/rules/list"));
    }

    // the rules as the API gives them back
    PortalClient api = new PortalClient("en");
    Fixtures.UserRow reader = Fixtures.operator("OPERATOR_MARKETING");
    assertThat(api.login(reader.username(), reader.password()).redirectPath()).isPresent();
    PortalClient.Page versions = api.get("/api/v1/operator/earning-rules");
    assertThat(versions.status()).as(versions.body()).isEqualTo(200);
    JsonObject published =
        Json.createReader(new StringReader(versions.body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(v -> ("funded " + code).equals(v.getString("note", null)))
            .findFirst()
            .orElseThrow();
    JsonObject campaign =
        published
            .getJsonObject("rules")
            .getJsonArray("campaigns")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(campaign.getString("fundedBy")).isEqualTo(funder);
    assertThat(campaign.getJsonArray("tenants").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly(funder);
    assertThat(campaign.containsKey("categories") ? campaign.getJsonArray("categories") : List.of())
        .isEmpty();
  }

  /** The values checked in a PrimeFaces checkbox menu. */
  private static List<?> checked(Browser b, String menu) {
    return (List<?>)
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "return Array.from(document.querySelectorAll(\"input[name='\" + arguments[0]"
                    + " + \"']:checked\")).map(i => i.value)",
                menu);
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
