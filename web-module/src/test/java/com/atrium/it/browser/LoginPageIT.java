package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.RunningAtrium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login page as a new operator meets it, in Chinese and in English: an empty field is said at
 * the field (never a "Required. Required." above the form), a wrong password above the fields, the
 * language switch changes the page and the choice stays the portal's after sign-in and after
 * logout; the page fits a 1024×768 tablet. docs/security.md "People: login".
 */
@ExtendWith(RunningAtrium.class)
class LoginPageIT {

  private static final By USERNAME = By.id("login:username");
  private static final By PASSWORD = By.id("login:password");
  private static final By SUBMIT = By.id("login:submit");
  private static final By MESSAGES = By.id("login:messages");
  private static final By TITLE = By.tagName("h1");

  /** What the page says, per language (messages*.properties login.*, menu.dashboard). */
  private static final Map<String, Texts> TEXTS =
      Map.of(
          "zh",
          new Texts("登录 Atrium", "用户名", "密码", "请输入用户名。", "请输入密码。", "用户名或密码错误。", "概览", "必填"),
          "en",
          new Texts(
              "Sign in to Atrium",
              "Username",
              "Password",
              "Enter your username.",
              "Enter your password.",
              "Wrong username or password.",
              "Dashboard",
              "Required"));

  private record Texts(
      String title,
      String username,
      String password,
      String usernameMissing,
      String passwordMissing,
      String failed,
      String dashboard,
      String genericRequired) {}

  @Test
  void chineseThenSwitchedToEnglish() {
    try (Browser browser = Browser.chinese()) {
      everythingOnThePage(browser, "zh", "en");
    }
  }

  @Test
  void englishThenSwitchedToChinese() {
    try (Browser browser = Browser.english()) {
      everythingOnThePage(browser, "en", "zh");
    }
  }

  /**
   * The page in the browser's {@code language}: empty fields, one field, a wrong password; then the
   * switch to {@code other}, a good login into the portal in {@code other}, and a logout back to
   * the login page still in {@code other}.
   */
  private static void everythingOnThePage(Browser browser, String language, String other) {
    Texts t = TEXTS.get(language);
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_ADMIN");
    browser.open("/login.xhtml");
    assertThat(browser.text(TITLE)).isEqualTo(t.title());
    assertThat(active(browser)).isEqualTo(language);
    assertFits(browser, language + " login page");

    // nothing typed: each field says what it lacks, at the field; nothing above the form
    browser.clickable(SUBMIT).click();
    browser.wait.until(ExpectedConditions.textToBe(fieldMessage("username"), t.usernameMissing()));
    assertThat(browser.text(fieldMessage("password"))).isEqualTo(t.passwordMissing());
    assertThat(globalMessages(browser)).isEmpty();
    String body = browser.driver.findElement(By.tagName("body")).getText();
    assertThat(body).doesNotContain(t.genericRequired(), "Required. Required.");
    assertThat(invalid(browser, USERNAME)).isTrue();
    assertThat(invalid(browser, PASSWORD)).isTrue();
    assertFits(browser, language + " login page with its field messages");
    browser.screenshot("login-fields-" + language + ".png", 1024, 768);

    // the username alone: only the password is missing, the username stays as typed
    browser.type(USERNAME, user.username());
    browser.clickable(SUBMIT).click();
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(fieldMessage("username")));
    assertThat(browser.text(fieldMessage("password"))).isEqualTo(t.passwordMissing());
    assertThat(browser.driver.findElement(USERNAME).getAttribute("value"))
        .isEqualTo(user.username());
    assertThat(globalMessages(browser)).isEmpty();

    // a wrong password: the failure above the fields, no field message
    browser.type(PASSWORD, "Wrong-password-1");
    browser.clickable(SUBMIT).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, t.failed()));
    assertThat(globalMessages(browser)).containsExactly(t.failed());
    assertThat(browser.driver.findElements(fieldMessage("username"))).isEmpty();
    assertThat(browser.driver.findElements(fieldMessage("password"))).isEmpty();
    assertThat(browser.path()).isEqualTo("/login.xhtml");
    assertFits(browser, language + " login page with a failure");
    browser.screenshot("login-failed-" + language + ".png", 1024, 768);

    // the switch: the page in the other language, its field labels too
    Texts o = TEXTS.get(other);
    browser.clickable(By.id("lang-" + other)).click();
    browser.wait.until(ExpectedConditions.textToBe(TITLE, o.title()));
    assertThat(active(browser)).isEqualTo(other);
    assertThat(browser.text(By.cssSelector("label[for='login:username']")))
        .startsWith(o.username());
    assertThat(browser.text(By.cssSelector("label[for='login:password']")))
        .startsWith(o.password());
    // the username typed so far crosses the switch (the password does not), the cursor waits in
    // the password field
    assertThat(browser.driver.findElement(USERNAME).getAttribute("value"))
        .isEqualTo(user.username());
    assertThat(browser.driver.findElement(PASSWORD).getAttribute("value")).isEmpty();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("login:password");
    browser.clickable(SUBMIT).click();
    browser.wait.until(ExpectedConditions.textToBe(fieldMessage("password"), o.passwordMissing()));
    assertThat(browser.driver.findElements(fieldMessage("username"))).isEmpty();
    browser.type(USERNAME, "");
    browser.clickable(SUBMIT).click();
    browser.wait.until(ExpectedConditions.textToBe(fieldMessage("username"), o.usernameMissing()));
    assertThat(browser.text(fieldMessage("password"))).isEqualTo(o.passwordMissing());

    // a good login: the portal in the language chosen on the login page
    browser.signIn(user.username(), user.password());
    browser.wait.until(ExpectedConditions.urlContains("/operator/dashboard.xhtml"));
    assertThat(browser.text(By.id("menu-dashboard"))).isEqualTo(o.dashboard());
    assertThat(
            browser.visible(By.id("header:lang-" + other)).getAttribute("class").contains("active"))
        .isTrue();

    // logging out ends the session, not the choice
    browser.clickable(By.id("header:logout")).click();
    browser.wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    assertThat(browser.text(TITLE)).isEqualTo(o.title());
    assertThat(active(browser)).isEqualTo(other);
  }

  /** The message shown at the field {@code id} of the login form (PrimeFaces' p:message). */
  private static By fieldMessage(String id) {
    return By.xpath(
        "//div[contains(@class,'a-field')][.//*[@id='login:"
            + id
            + "']]//*[contains(@class,'ui-message-error')]");
  }

  /** The texts of the messages above the fields. */
  private static List<String> globalMessages(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#login\\:messages li")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Which language the switch marks as the page's. */
  private static String active(Browser browser) {
    boolean zh = browser.visible(By.id("lang-zh")).getAttribute("class").contains("active");
    boolean en = browser.visible(By.id("lang-en")).getAttribute("class").contains("active");
    assertThat(zh).as("exactly one language active").isNotEqualTo(en);
    return zh ? "zh" : "en";
  }

  private static boolean invalid(Browser browser, By input) {
    return browser.driver.findElement(input).getAttribute("class").contains("ui-state-error");
  }

  /** At 1024×768: nothing scrolls sideways and the whole form, button included, is in view. */
  private static void assertFits(Browser browser, String what) {
    assertThat(browser.scrollsSideways(1024, 768)).as(what + " at 1024").isFalse();
    Number bottom =
        (Number)
            ((JavascriptExecutor) browser.driver)
                .executeScript(
                    "return document.getElementById('login:submit').getBoundingClientRect().bottom"
                        + " - document.documentElement.clientHeight;");
    assertThat(bottom.doubleValue())
        .as(what + ": the button above the window's bottom")
        .isNegative();
  }
}
