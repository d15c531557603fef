package com.atrium.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin's machine clients page ({@code operator/machines.xhtml}), as a person uses it. */
final class MachineClientsPage {

  /** A key as the page showed it once: its id and the secret just made. */
  record Issued(String keyId, String secret) {}

  private final Browser b;

  MachineClientsPage(Browser b) {
    this.b = b;
    b.open("/operator/machines.xhtml");
    b.visible(By.id("list:clients"));
  }

  /** Creates a client; {@code scope} is typed into the scope field the kind shows. */
  Issued create(String kindLabel, String scope, String description) {
    b.clickable(By.id("actions:new-client")).click();
    b.visible(By.id("create-dialog"));
    choose("create:kind", kindLabel);
    switch (kindLabel) {
      case "POS" -> {
        b.type(By.id("create:tenant_input"), scope);
        b.clickable(By.cssSelector("[id='create:tenant_panel'] li")).click();
      }
      case "Car park", "WiFi controller" -> choose("create:mall", scope);
      default -> b.type(By.id("create:partner"), scope);
    }
    b.type(By.id("create:description"), description);
    b.clickable(By.id("create:create-save")).click();
    return issued();
  }

  /** Rotates the key's secret, the old one staying valid for the default overlap. */
  Issued rotate(String keyId) {
    clickCentered(inRow(keyId, "a-rotate"));
    b.wait.until(ExpectedConditions.textToBe(By.id("rotating"), keyId));
    b.clickable(By.id("rotate:rotate-save")).click();
    return issued();
  }

  /** Opens the rotation dialog of the key, to type an overlap there. */
  void openRotate(String keyId) {
    clickCentered(inRow(keyId, "a-rotate"));
    b.wait.until(ExpectedConditions.textToBe(By.id("rotating"), keyId));
    b.visible(By.id("rotate:overlap"));
  }

  /** Revokes the key's secret number {@code secretNo}, confirming; waits for its message. */
  void revoke(String keyId, int secretNo) {
    clickCentered(
        By.xpath(
            row(keyId)
                + "//div[contains(@class,'a-secret')][contains(normalize-space(.),'#"
                + secretNo
                + " ')]//button[contains(@class,'a-revoke')]"));
    confirm();
    b.readGrowlAndDismiss("revoked");
  }

  void disable(String keyId) {
    clickCentered(inRow(keyId, "a-disable"));
    confirm();
    awaitRowText(keyId, "Disabled");
    b.readGrowlAndDismiss("disabled");
  }

  /** Waits until the key's row (re-rendered by an action) shows {@code text}. */
  void awaitRowText(String keyId, String text) {
    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row(keyId)), text));
  }

  /** The text of the key's row in the table, located afresh. */
  String rowText(String keyId) {
    return b.visible(By.xpath(row(keyId))).getText();
  }

  private Issued issued() {
    WebElement key = b.visible(By.id("issued-key"));
    String keyId = key.getText().trim();
    String secret = b.text(By.id("issued-secret"));
    b.wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector(".ui-dialog.ui-overlay-visible")));
    b.visible(By.xpath(row(keyId)));
    return new Issued(keyId, secret);
  }

  /**
   * Clicks a button of the table after scrolling it to the middle of the window: scrolled only into
   * view, a button of the first rows lies under the fixed top bar, which takes the click.
   */
  private void clickCentered(By by) {
    WebElement button = b.clickable(by);
    ((org.openqa.selenium.JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
    b.clickable(by).click();
  }

  private void confirm() {
    b.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
  }

  /** Opens a PrimeFaces select menu and picks the item whose label starts with {@code label}. */
  private void choose(String id, String label) {
    b.choose(
        By.id(id),
        By.xpath("//*[@id='" + id + "_panel']//li[starts-with(@data-label,'" + label + "')]"),
        By.id(id + "_label"),
        label);
  }

  private static String row(String keyId) {
    return "//tbody[@id='list:clients_data']/tr[.//strong[normalize-space(.)='" + keyId + "']]";
  }

  private static By inRow(String keyId, String buttonClass) {
    return By.xpath(row(keyId) + "//button[contains(@class,'" + buttonClass + "')]");
  }
}
