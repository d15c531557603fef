package com.atrium.it.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Number fields of a form typed with one text and submitted: what each field then says and holds.
 * The form's update replaces the fields, so the answer is read only once it has come.
 */
final class NumberInputs {

  /** What a field says (its error message, "" when none) and what it holds after the answer. */
  record Answer(String message, String value) {}

  private NumberInputs() {}

  /**
   * Types {@code typed} into each field by id, submits by {@code press} (a click, and a
   * confirmation where the form asks one), and reads every field once the form is updated.
   */
  static Map<String, Answer> submit(
      Browser b, List<String> fieldIds, String typed, Runnable press) {
    for (String id : fieldIds) {
      b.typeOver(By.id(id), typed);
    }
    WebElement before = b.driver.findElement(By.id(fieldIds.get(0)));
    press.run();
    b.wait.until(ExpectedConditions.stalenessOf(before));
    b.awaitAjaxIdle();
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String id : fieldIds) {
      answers.put(id, new Answer(messageAt(b, id), b.visible(By.id(id)).getAttribute("value")));
    }
    return answers;
  }

  /**
   * Clicks a button after scrolling it to the middle of the window: at the top it would lie under
   * the sticky header, which would take a pointer's click.
   */
  static void press(Browser b, By button) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
            b.clickable(button));
  }

  /** The error message at the input's field, "" when it has none. */
  static String messageAt(Browser b, String inputId) {
    return b
        .driver
        .findElements(
            By.xpath(
                "//*[@id='"
                    + inputId
                    + "']/ancestor::div[contains(@class,'a-field')][1]"
                    + "//*[contains(@class,'ui-message-error')]"))
        .stream()
        .map(e -> e.getText().trim())
        .findFirst()
        .orElse("");
  }
}
