package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.RunningAtrium;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's tenant register: an admin creates a tenant, finds what was saved on its edit page,
 * edits it, sees it in the list with its unit and contract, and deactivates and activates it there.
 * Every change is audited and the new tenant gets its ledger accounts.
 */
@ExtendWith(RunningAtrium.class)
class TenantPagesIT {

  @Test
  void anAdminCreatesEditsDeactivatesAndActivatesATenant() {
    String code = "TP" + Fixtures.unique();
    try (Browser admin = Browser.signedIn("admin")) {
      admin.open("/operator/tenants/list.xhtml");
      admin.clickable(By.id("new-tenant")).click();
      admin.wait.until(ExpectedConditions.urlContains("/operator/tenants/edit"));
      // the code is taken upper case
      admin.type(By.id("tenant:code"), code.toLowerCase(Locale.ROOT));
      admin.type(By.id("tenant:name"), "页面测试 Page test");
      chooseCategory(admin, "Fashion");
      admin.type(By.id("tenant:floor"), "L3");
      admin.type(By.id("tenant:unit"), "301");
      admin.typeDate("tenant:contractStart", "2026-01-01");
      admin.typeDate("tenant:contractEnd", "2028-12-31");
      admin.clickable(By.id("tenant:save")).click();

      admin.wait.until(ExpectedConditions.urlContains("id="));
      admin.readGrowlAndDismiss("Tenant " + code + " created.");
      assertThat(admin.text(By.cssSelector(".a-page-title"))).isEqualTo("Edit tenant " + code);
      assertThat(value(admin, "tenant:code")).isEqualTo(code);
      assertThat(value(admin, "tenant:name")).isEqualTo("页面测试 Page test");
      assertThat(admin.text(By.id("tenant:category_label"))).isEqualTo("Fashion");
      assertThat(value(admin, "tenant:floor")).isEqualTo("L3");
      assertThat(value(admin, "tenant:unit")).isEqualTo("301");
      assertThat(value(admin, "tenant:contractStart_input")).isEqualTo("2026-01-01");
      assertThat(value(admin, "tenant:contractEnd_input")).isEqualTo("2028-12-31");
      assertThat(admin.text(By.cssSelector("#tenant .a-status"))).isEqualTo("Active");

      admin.type(By.id("tenant:name"), "页面测试 Page test 2");
      admin.type(By.id("tenant:unit"), "302");
      admin.clickable(By.id("tenant:save")).click();
      admin.wait.until(ExpectedConditions.urlContains("/operator/tenants/list"));
      admin.readGrowlAndDismiss("Tenant " + code + " saved.");

      admin.type(By.id("tenants:query"), code);
      admin.clickable(By.id("tenants:search")).click();
      By row = By.xpath(row(code));
      admin.wait.until(ExpectedConditions.numberOfElementsToBe(By.xpath(rows()), 1));
      assertThat(admin.text(row))
          .contains(
              code, "页面测试 Page test 2", "Fashion", "L3 · 302", "2026-01-01 – 2028-12-31", "Active");

      clickCentered(admin, By.xpath(row(code) + "//button[@title='Deactivate']"));
      admin.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
      admin.readGrowlAndDismiss("Tenant " + code + " deactivated.");
      assertThat(admin.text(By.xpath(row(code) + "//span[contains(@class,'a-status')]")))
          .isEqualTo("Inactive");

      clickCentered(admin, By.xpath(row(code) + "//button[@title='Activate']"));
      admin.readGrowlAndDismiss("Tenant " + code + " activated.");
      assertThat(admin.text(By.xpath(row(code) + "//span[contains(@class,'a-status')]")))
          .isEqualTo("Active");
    }

    ItDatabase db = RunningAtrium.database();
    Map<String, Object> saved =
        db.row(
                "select id, name, category, floor, unit, contract_start, contract_end, status"
                    + " from tenant where code = ?",
                code)
            .orElseThrow();
    assertThat(saved)
        .containsEntry("name", "页面测试 Page test 2")
        .containsEntry("category", "FASHION")
        .containsEntry("floor", "L3")
        .containsEntry("unit", "302")
        .containsEntry("contract_start", Date.valueOf(LocalDate.of(2026, 1, 1)))
        .containsEntry("contract_end", Date.valueOf(LocalDate.of(2028, 12, 31)))
        .containsEntry("status", "ACTIVE");
    String id = saved.get("id").toString();
    assertThat(
            db
                .rows(
                    "select action from audit_event where subject = 'tenant'"
                        + " and subject_id = ? order by at, id",
                    id)
                .stream()
                .map(r -> r.get("action"))
                .toList())
        .isEqualTo(
            List.of("TENANT_CREATED", "TENANT_UPDATED", "TENANT_DEACTIVATED", "TENANT_ACTIVATED"));
    // a new tenant's accounts: what it funds, what is spent at it, what its campaigns fund
    assertThat(
            db
                .rows(
                    "select kind from ledger_account where tenant_id = ? order by kind",
                    Long.parseLong(id))
                .stream()
                .map(r -> r.get("kind"))
                .toList())
        .isEqualTo(List.of("TENANT_CAMPAIGN", "TENANT_ISSUANCE", "TENANT_REDEMPTION"));
  }

  private static void chooseCategory(Browser b, String label) {
    b.choose(
        By.id("tenant:category"),
        By.xpath("//*[@id='tenant:category_panel']//li[@data-label='" + label + "']"),
        By.id("tenant:category_label"),
        label);
  }

  private static String value(Browser b, String id) {
    return b.visible(By.id(id)).getDomProperty("value");
  }

  private static String rows() {
    return "//tbody[@id='tenants:table_data']/tr[td]";
  }

  private static String row(String code) {
    return "//tbody[@id='tenants:table_data']/tr[.//strong[normalize-space(.)='" + code + "']]";
  }

  /** Scrolled only into view, a row's button may lie under the fixed top bar, which takes it. */
  private static void clickCentered(Browser b, By by) {
    // the search re-renders the table once more after its rows show: click what stays
    b.awaitAjaxIdle();
    WebElement button = b.clickable(by);
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    b.clickable(by).click();
  }
}
