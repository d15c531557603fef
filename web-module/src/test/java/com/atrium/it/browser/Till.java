package com.atrium.it.browser;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The merchant serve page as a store assistant uses it: find or register, then record a sale. */
final class Till {

  /** What the page showed after a sale. */
  record Credit(long points, long creditedBalance, long memberBalance) {}

  private final Browser browser;

  Till(Browser browser) {
    this.browser = browser;
    browser.open("/merchant/serve.xhtml");
    browser.visible(By.id("identify:identifier"));
  }

  /** A mobile number nobody has, typed the way people do (with spaces). */
  static String randomPhone() {
    long rest = ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    String digits = "139" + rest;
    return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
  }

  static String randomReceipt() {
    return "SEL-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
  }

  /** Looks the phone up, is offered registration, and registers the member. */
  void registerNewMember(String phone, String name) {
    browser.type(By.id("identify:identifier"), phone);
    browser.clickable(By.id("identify:find")).click();
    browser.clickable(By.id("identify:offer-register")).click();
    browser.type(By.id("register:name"), name);
    browser.clickable(By.cssSelector("#register\\:acceptTerms .ui-chkbox-box")).click();
    browser.wait.until(
        ExpectedConditions.attributeContains(
            By.cssSelector("#register\\:acceptTerms .ui-chkbox-box"), "class", "ui-state-active"));
    browser.clickable(By.id("register:register-member")).click();
    browser.visible(By.id("member-card"));
  }

  /** Looks up an existing member by phone or card number. */
  void find(String phoneOrCard) {
    browser.type(By.id("identify:identifier"), phoneOrCard);
    browser.clickable(By.id("identify:find")).click();
    browser.visible(By.id("member-card"));
  }

  Credit recordSale(BigDecimal amount, String receipt) {
    browser.type(By.id("sale:amount"), amount.toPlainString());
    browser.type(By.id("sale:receipt"), receipt);
    // the previous sale's result stays until the answer replaces it: wait for that, not for it
    List<WebElement> previous = browser.driver.findElements(By.id("credited-points"));
    browser.clickable(By.id("sale:record")).click();
    if (!previous.isEmpty()) {
      browser.wait.until(ExpectedConditions.stalenessOf(previous.get(0)));
    }
    browser.visible(By.id("credited-points"));
    return new Credit(
        digits(browser.text(By.id("credited-points"))),
        digits(browser.text(By.id("credited-balance"))),
        digits(browser.text(By.id("member-balance"))));
  }

  /** The message shown at the field of the input {@code id} (e.g. {@code sale:amount}). */
  String messageAt(String inputId) {
    By message =
        By.xpath(
            "//*[@id='"
                + inputId
                + "']/ancestor::div[contains(@class,'a-field')][1]"
                + "//*[contains(@class,'ui-message-error') or contains(@class,'ui-message-warn')]");
    return browser.text(message);
  }

  /** Presses the button {@code id} and waits for the answer to replace the till. */
  void press(String id) {
    org.openqa.selenium.WebElement old = browser.visible(By.id("member-card"));
    browser.clickable(By.id(id)).click();
    browser.wait.until(ExpectedConditions.stalenessOf(old));
  }

  /** The id of the element that has the keyboard's focus. */
  String focused() {
    return browser.driver.switchTo().activeElement().getAttribute("id");
  }

  /**
   * The WCAG contrast ratio of the text of {@code id} on the member card's background colour (the
   * colour that remains when the gradient over it is not drawn).
   */
  double contrastOnMemberCard(String id) {
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
    String text =
        (String)
            js.executeScript(
                "return getComputedStyle(document.getElementById(arguments[0])).color", id);
    String background =
        (String)
            js.executeScript(
                "return getComputedStyle(document.getElementById('member-card')).backgroundColor");
    double a = luminance(text);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i]) / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static long digits(String text) {
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }
}
