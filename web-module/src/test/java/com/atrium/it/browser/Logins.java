package com.atrium.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin's logins page as an admin uses it: create, find, reset, disable. */
final class Logins {

  /** The roles in the order the page offers them (Roles.PEOPLE). */
  enum Role {
    OPERATOR_ADMIN,
    OPERATOR_MARKETING,
    OPERATOR_FINANCE,
    OPERATOR_SERVICE,
    MERCHANT_ASSISTANT
  }

  private final Browser browser;

  Logins(Browser browser) {
    this.browser = browser;
    browser.open("/operator/logins.xhtml");
    browser.visible(By.id("logins:table"));
  }

  void openCreateDialog() {
    browser.clickable(By.id("head:new-login")).click();
    browser.visible(By.id("create:username"));
  }

  void fillCreate(String username, String displayName, Role role, String tenant, String password) {
    browser.type(By.id("create:username"), username);
    browser.type(By.id("create:displayName"), displayName);
    By box =
        By.xpath(
            "//input[@id='create:roles:"
                + role.ordinal()
                + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                + "//div[contains(@class,'ui-chkbox-box')]");
    if (!browser.visible(box).getAttribute("class").contains("ui-state-active")) {
      browser.clickable(box).click();
      browser.wait.until(ExpectedConditions.attributeContains(box, "class", "ui-state-active"));
    }
    browser.type(By.id("create:tenant"), tenant);
    browser.type(By.id("create:password"), password);
  }

  /** Confines the login being created to one mall, picked by its name. */
  void chooseMall(String name) {
    browser.choose(
        By.id("create:mall"),
        By.cssSelector("#create\\:mall_items li[data-label='" + name + "']"),
        By.id("create:mall_label"),
        name);
  }

  void save() {
    browser.clickable(By.id("create:save")).click();
  }

  /** Shows only the logins matching {@code query} (a username is unique: one row). */
  void find(String query) {
    browser.type(By.id("logins:query"), query);
    browser.clickable(By.id("logins:search")).click();
    browser.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#logins\\:table_data > tr"), 1));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("logins:table_data"), query));
  }

  /** Picks a role filter by its label ("All roles" for none); the table follows by itself. */
  void filterRole(String label) {
    browser.choose(
        By.id("logins:role"),
        By.cssSelector("#logins\\:role_items li[data-label='" + label + "']"),
        By.id("logins:role_label"),
        label);
  }

  /** Resets the one shown login's password; returns the temporary password the page shows once. */
  String resetPassword() {
    browser.clickable(By.cssSelector("#logins\\:table_data .a-reset")).click();
    browser.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
    String temporary = browser.text(By.id("temporary-password"));
    browser.clickable(By.id("temporary:done")).click();
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("temporary-dialog")));
    return temporary;
  }

  void disable() {
    browser.clickable(By.cssSelector("#logins\\:table_data .a-disable")).click();
    browser.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("logins:table_data"), "Disabled"));
  }
}
