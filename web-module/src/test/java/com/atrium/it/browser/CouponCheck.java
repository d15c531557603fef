package com.atrium.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coupon check ({@code merchant/verify.xhtml}) as an assistant works it from the keyboard: type
 * or scan, Enter shows the coupon, Enter again (the confirm button has the focus) verifies it.
 */
final class CouponCheck {

  private final Browser browser;

  CouponCheck(Browser browser) {
    this.browser = browser;
    browser.open("/merchant/verify.xhtml");
  }

  /** Types the code as given and presses Enter; returns when the page has answered. */
  void check(String typed) {
    WebElement field = browser.clickable(By.id("verify:code"));
    field.clear();
    field.sendKeys(typed, Keys.ENTER);
    browser.wait.until(ExpectedConditions.stalenessOf(field));
    browser.visible(By.id("verify:code"));
  }

  /** Presses Enter on what has the focus, which must be the confirm button. */
  void confirmWithEnter() {
    // the page moves the focus once the answer is in; wait for it, and fail if it never comes
    WebElement focused =
        browser.wait.until(
            d -> {
              WebElement active = d.switchTo().activeElement();
              return "coupon:confirm".equals(active.getAttribute("id")) ? active : null;
            });
    focused.sendKeys(Keys.ENTER);
    browser.visible(By.id("verified"));
  }

  boolean showsCoupon() {
    return !browser.driver.findElements(By.id("coupon")).isEmpty();
  }

  boolean offersConfirmation() {
    return !browser.driver.findElements(By.id("coupon:confirm")).isEmpty();
  }

  String text(String id) {
    return browser.text(By.id(id));
  }

  /** The message shown at the code field, or "" when there is none. */
  String fieldMessage() {
    List<WebElement> m = browser.driver.findElements(By.cssSelector("#verify .ui-message"));
    return m.isEmpty() ? "" : m.get(0).getText().trim();
  }

  /** Whether the growl (the 4-second notices) shows anything. */
  boolean growlShowsAnything() {
    return browser.driver.findElements(By.cssSelector(".ui-growl-item")).stream()
        .anyMatch(WebElement::isDisplayed);
  }
}
