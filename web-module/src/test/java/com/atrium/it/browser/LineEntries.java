package com.atrium.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The drill-down dialog of a statement line as finance (operator run page) and a tenant manager
 * (merchant statement page) use it: opened from a line's row, its entries, the line's points and
 * count, what is listed and its sum, "more", and where an entry counts (finance's page only).
 */
final class LineEntries {

  private final Browser browser;

  private LineEntries(Browser browser) {
    this.browser = browser;
  }

  /** Opens the drill-down of the lines table's row of that kind (in words). */
  static LineEntries open(Browser browser, String kind) {
    click(
        browser,
        By.xpath(
            "//tbody[contains(@id,'lines_data')]/tr[normalize-space(td[1])='"
                + kind
                + "' or .//span[contains(@class,'a-kind') and normalize-space(.)='"
                + kind
                + "']]//button[contains(@id,'drill')]"));
    browser.visible(By.id("entries-dialog"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("entries-line"), kind));
    browser.awaitAjaxIdle();
    return new LineEntries(browser);
  }

  /** Each row: entry id, kind, booked, member, description, points, as shown. */
  List<List<String>> rows() {
    return browser.driver.findElements(By.cssSelector("[id$='entry-table_data'] > tr")).stream()
        .map(
            tr ->
                List.of(
                    cell(tr, ".a-entry-id"),
                    cell(tr, ".a-entry-kind"),
                    cell(tr, ".a-entry-booked"),
                    cell(tr, ".a-entry-member"),
                    cell(tr, ".a-entry-reference"),
                    cell(tr, ".a-entry-points")))
        .toList();
  }

  String linePoints() {
    return browser.text(By.id("entries-line-points"));
  }

  /** How many entries are behind the line. */
  String total() {
    return browser.text(By.id("entries-total"));
  }

  /** How many entries are listed so far. */
  String listed() {
    return browser.text(By.id("entries-listed"));
  }

  /** The points of the entries listed so far. */
  String sum() {
    return browser.text(By.id("entries-sum"));
  }

  boolean offersMore() {
    return !browser.driver.findElements(By.id("entries:more")).isEmpty();
  }

  /** What the dialog says of the lines an entry counts in, once asked from its row. */
  String placementsOf(int row, String waitFor) {
    click(browser, By.id("entries:entry-table:" + row + ":place"));
    browser.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("entries:placements"), waitFor));
    browser.awaitAjaxIdle();
    return browser.text(By.id("entries:placements"));
  }

  void close() {
    click(browser, By.cssSelector("#entries-dialog .ui-dialog-titlebar-close"));
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("entries-dialog")));
  }

  private static String cell(org.openqa.selenium.WebElement tr, String css) {
    return tr.findElement(By.cssSelector(css)).getText().trim();
  }

  /** Clicks in the middle of the window: at its top the sticky header would take the click. */
  private static void click(Browser b, By by) {
    var element = b.clickable(by);
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    b.clickable(by).click();
  }
}
