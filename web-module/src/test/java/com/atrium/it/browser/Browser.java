package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.RunningAtrium;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session on the portal, signed in as one user. Uses the Debian browser and
 * driver as they are: Selenium Manager is never asked to download anything. The Chromium process
 * outlives the session: closed, it is cleared and kept for the next Browser of this test JVM.
 */
final class Browser implements AutoCloseable {

  static final String PASSWORD = "Atrium#2026";
  private static final String CHROMIUM =
      System.getProperty("atrium.it.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("atrium.it.chromedriver", "/usr/bin/chromedriver");

  final WebDriver driver;
  final WebDriverWait wait;
  private final Chromium chromium;
  private boolean closed;

  /**
   * A Chromium process with its own profile, and the language it asks pages in. A {@link Browser}
   * borrows one and hands it back clean (no cookies, no storage, no downloads, one fresh tab), so
   * that the next test's Browser is as new as a fresh process but skips its start.
   */
  private record Chromium(String language, ChromeDriver driver, Path profile, Path downloads) {}

  /** Chromium processes handed back and not borrowed again yet, by language; quit at the end. */
  private static final Map<String, Deque<Chromium>> IDLE = new HashMap<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (IDLE) {
                    IDLE.values().forEach(idle -> idle.forEach(Browser::quit));
                    IDLE.clear();
                  }
                }));
  }

  private Browser(String language) {
    chromium = borrow(language);
    driver = chromium.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // a condition that finds an element an Ajax update or a reload replaces mid-check asks again
    wait.ignoring(StaleElementReferenceException.class);
  }

  private static Chromium borrow(String language) {
    synchronized (IDLE) {
      Chromium idle = IDLE.getOrDefault(language, new ArrayDeque<>()).pollFirst();
      if (idle != null) {
        return idle;
      }
    }
    return start(language);
  }

  private static Chromium start(String language) {
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    System.setProperty("SE_OFFLINE", "true");
    Path profile;
    try {
      profile = Files.createTempDirectory("atrium-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String acceptLanguage = "zh".equals(language) ? "zh-CN,zh" : "en-US,en";
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage.substring(0, acceptLanguage.indexOf(',')),
        "--user-data-dir=" + profile);
    Path downloads = profile.resolve("downloads");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            acceptLanguage,
            // a file the portal hands out lands here, unasked, to be read by the test
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "plugins.always_open_pdf_externally",
            true));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    return new Chromium(language, new ChromeDriver(service, options), profile, downloads);
  }

  /**
   * Hands the process back for the next Browser in its language, once nothing of this one's
   * remains: every cookie and the origin's storage cleared, the downloads deleted, the tab (and its
   * sessionStorage) replaced by a new one at the window's first size. Quits it instead when any of
   * that fails (a test left a dialog open, or the process died).
   */
  private static void giveBack(Chromium c) {
    try {
      ChromeDriver d = c.driver();
      List<String> tabs = new ArrayList<>(d.getWindowHandles());
      d.switchTo().window(tabs.get(0));
      d.switchTo().newWindow(WindowType.TAB);
      String fresh = d.getWindowHandle();
      for (String tab : tabs) {
        d.switchTo().window(tab).close();
      }
      d.switchTo().window(fresh);
      d.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      d.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of(
              "origin",
              origin(),
              "storageTypes",
              "cookies,local_storage,indexeddb,websql,service_workers,cache_storage,file_systems"));
      d.manage().window().setSize(new Dimension(1280, 900));
      try (var files = Files.list(c.downloads())) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      } catch (NoSuchFileException none) {
        // nothing was downloaded yet
      }
    } catch (RuntimeException | IOException e) {
      quit(c);
      return;
    }
    synchronized (IDLE) {
      IDLE.computeIfAbsent(c.language(), l -> new ArrayDeque<>()).addLast(c);
    }
  }

  private static String origin() {
    URI base = RunningAtrium.baseUri();
    return base.getScheme() + "://" + base.getAuthority();
  }

  private static void quit(Chromium c) {
    try {
      c.driver().quit();
    } catch (RuntimeException ignored) {
      // already gone
    } finally {
      try (var files = Files.walk(c.profile())) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a leftover temp profile is harmless
      }
    }
  }

  /** A browser whose Accept-Language is English, signed in as {@code username}. */
  static Browser signedIn(String username) {
    return signedIn(username, "en");
  }

  static Browser signedIn(String username, String language) {
    Browser b = new Browser(language);
    try {
      b.signIn(username, PASSWORD);
      b.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      return b;
    } catch (RuntimeException e) {
      b.close();
      throw e;
    }
  }

  /** A browser in the given language signed in as a login made by the test (its own password). */
  static Browser signedIn(String username, String password, String language) {
    Browser b = new Browser(language);
    try {
      b.signIn(username, password);
      b.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      return b;
    } catch (RuntimeException e) {
      b.close();
      throw e;
    }
  }

  /**
   * Whether the page is wider than the window at {@code width} × {@code height}: something would
   * scroll sideways. The window keeps that size afterwards.
   */
  boolean scrollsSideways(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth;");
  }

  /**
   * The deepest elements that reach past the window's right edge (tag, id, class, right edge), to
   * say what makes a page scroll sideways.
   */
  String overflowing() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 1 && r.width > 0"
                    + "      && !Array.prototype.some.call(e.children, function (c) {"
                    + "        return c.getBoundingClientRect().right > w + 1; })) {"
                    + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));"
                    + "  }"
                    + "});"
                    + "return out.slice(0, 8).join('; ');");
  }

  /** A browser whose Accept-Language is English, signed in to nothing yet. */
  static Browser english() {
    return new Browser("en");
  }

  /** A browser whose Accept-Language is Simplified Chinese, signed in to nothing yet. */
  static Browser chinese() {
    return new Browser("zh");
  }

  /** Submits the login form; the caller waits for whatever the answer should be. */
  void signIn(String username, String password) {
    open("/login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    driver.findElement(By.id("login:submit")).click();
  }

  /** The current URL's path, e.g. {@code /password.xhtml}. */
  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  void open(String path) {
    driver.get(RunningAtrium.baseUri().resolve(path).toString());
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  /** Waits until no PrimeFaces ajax request is queued or running, so the page holds still. */
  void awaitAjaxIdle() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (!window.jQuery || jQuery.active === 0));"));
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void type(By by, String text) {
    WebElement input = clickable(by);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Replaces what an input holds by selecting it all and typing over it: a PrimeFaces date picker
   * puts its value back when the input is cleared.
   */
  void typeOver(By by, String text) {
    clickable(by).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /** Types a day into the date picker {@code id} and closes its panel by Escape. */
  void typeDate(String id, String day) {
    typeDate(id, day, null);
  }

  /**
   * Types a day into the date picker {@code id} and closes its panel, which would cover what is
   * below it: by Escape or, in a dialog, by a click on {@code beside} (Escape would close the
   * dialog too). Keys that land while the panel is still opening can be lost (the panel stays open,
   * or the input keeps its old value): then again, at most 3 times, until the input holds the day.
   */
  void typeDate(String id, String day, By beside) {
    By input = By.id(id + "_input");
    for (int attempt = 1; ; attempt++) {
      typeOver(input, day);
      if (beside == null) {
        clickable(input).sendKeys(Keys.ESCAPE);
      } else {
        ((JavascriptExecutor) driver)
            .executeScript("arguments[0].scrollIntoView({block: 'center'});", clickable(beside));
        clickable(beside).click();
      }
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        if (day.equals(driver.findElement(input).getAttribute("value")) || attempt == 3) {
          break;
        }
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    assertThat(driver.findElement(input).getAttribute("value"))
        .as("the date picker " + id)
        .isEqualTo(day);
  }

  /**
   * Types a day into the date picker {@code id} as a person does and leaves its panel open (no
   * Escape, no click beside), for a test of what closes it. Keys that land while the panel opens
   * can go to the panel instead (it takes the focus): then again, once it is open, at most 3 times.
   */
  void typeDateLeavingThePanelOpen(String id, String day) {
    By input = By.id(id + "_input");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", clickable(input));
    for (int attempt = 1;
        attempt <= 3 && !day.equals(driver.findElement(input).getAttribute("value"));
        attempt++) {
      typeOver(input, day);
      visible(By.id(id + "_panel"));
    }
    assertThat(driver.findElement(input).getAttribute("value"))
        .as("the date picker " + id)
        .isEqualTo(day);
    assertThat(driver.findElement(By.id(id + "_panel")).isDisplayed()).as("its panel").isTrue();
  }

  /**
   * The WCAG contrast ratio of the text of {@code text} on the colour behind it: the background of
   * the nearest element, itself or an ancestor, that draws one (white when none does).
   */
  double contrast(By text) {
    @SuppressWarnings("unchecked")
    var colours =
        (java.util.List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var e = arguments[0], fg = getComputedStyle(e).color, bg = null;"
                        + " for (; e && !bg; e = e.parentElement) {"
                        + "   var c = getComputedStyle(e).backgroundColor;"
                        + "   if (c && c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c)) { bg = c; } }"
                        + " return [fg, bg || 'rgb(255, 255, 255)'];",
                    visible(text));
    double a = luminance(colours.get(0));
    double b = luminance(colours.get(1));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The relative luminance of a CSS {@code rgb(...)} colour (WCAG 2). */
  static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i]) / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  /**
   * With {@code -Datrium.it.screenshots=<dir>}, saves what the page shows at that window size (for
   * the docs); otherwise does nothing.
   */
  void screenshot(String name, int width, int height) {
    String dir = System.getProperty("atrium.it.screenshots");
    if (dir == null) {
      return;
    }
    driver.manage().window().setSize(new Dimension(width, height));
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Files.write(Path.of(dir, name), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until the growl says {@code text}, then dismisses it, as its close icon would: it lies
   * over the buttons at the top right for its 4 s otherwise, and waiting that out costs 4 s.
   */
  void readGrowlAndDismiss(String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), text));
    ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById('growl').removeAll();");
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector(".ui-growl-item-container")));
  }

  /** The text of a visible element, read again when an Ajax update replaced it mid-read. */
  String text(By by) {
    return wait.until(
        d -> {
          WebElement e = d.findElement(by);
          return e.isDisplayed() ? e.getText().trim() : null;
        });
  }

  /**
   * Picks an item of a PrimeFaces select menu and waits until the menu shows it. A click that lands
   * while the panel is still opening is lost or refused: the menu is opened and the item picked
   * again, at most three times, each time waiting for the menu's label to show {@code shown}.
   */
  void choose(By menu, By item, By label, String shown) {
    for (int attempt = 1; ; attempt++) {
      try {
        if (driver.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
          clickable(menu).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        clickable(item).click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.textToBePresentInElementLocated(label, shown));
        return;
      } catch (TimeoutException | ElementNotInteractableException missed) {
        if (attempt == 3) {
          throw missed;
        }
      }
    }
  }

  /**
   * The file the browser downloaded under {@code name}, once it is complete: Chromium first
   * reserves the name with an empty file, writes the content as a {@code .crdownload} beside it and
   * renames that over the name when done. Every export holds at least a byte, so an empty file is
   * the reservation. The downloads are deleted when the Browser is closed.
   */
  byte[] downloaded(String name) {
    Path file = chromium.downloads().resolve(name);
    wait.until(d -> Files.isRegularFile(file) && size(file) > 0 && !downloading());
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException gone) {
      return 0;
    }
  }

  /** Whether a download is still being written (Chromium's partial files end in .crdownload). */
  private boolean downloading() {
    try (var files = Files.list(chromium.downloads())) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    // once: a process handed back twice would serve two Browsers at the same time
    if (!closed) {
      closed = true;
      giveBack(chromium);
    }
  }
}
