package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The rules pages as marketing uses them (issue 12, point 6), in Chinese and English: multipliers
 * are rows of a picked code and a number, each bad input gets its message at the field and changes
 * nothing, a multiplier above the warning level asks before publishing, versions read as summaries
 * and two of them compare, and the simulation's difference is signed with separators.
 */
@ExtendWith(RunningAtrium.class)
class RulesEditorIT {

  private static final By CATEGORY_MULTIPLIER = By.id("draft:categoryRows:0:multiplier");

  /** What each bad input says at the field, by language. */
  private static final Map<String, Map<String, String>> REFUSALS =
      Map.of(
          "zh",
          Map.of(
              "abc", "不是数字",
              "-2", "倍率不能为负数",
              "1,000,000", "倍率过大：最多为 10",
              "duplicate", "上面已有这一项"),
          "en",
          Map.of(
              "abc", "Not a number: type the multiplier in digits",
              "-2", "A multiplier cannot be negative",
              "1,000,000", "Too large: a multiplier is at most 10",
              "duplicate", "Already has a row above"));

  @Test
  void badMultipliersAreRefusedAtTheirFieldInChinese() {
    badMultipliersAreRefusedAtTheirField("zh");
  }

  @Test
  void badMultipliersAreRefusedAtTheirFieldInEnglish() {
    badMultipliersAreRefusedAtTheirField("en");
  }

  private void badMultipliersAreRefusedAtTheirField(String language) {
    ItDatabase db = RunningAtrium.database();
    long versions = db.longValue("select count(*) from earning_rule_set");
    Map<String, String> says = REFUSALS.get(language);
    try (Browser marketing = Browser.signedIn("marketing", language)) {
      marketing.open("/operator/rules/edit.xhtml");
      String title = marketing.text(By.cssSelector(".a-page-title"));
      assertThat(title)
          .matches("zh".equals(language) ? "新版本（基于 v\\d+）" : "New version \\(from v\\d+\\)");

      // the pickers name tiers and categories in the user's language; no code can be typed
      assertThat(choices(marketing, "draft:tierRows:0:code"))
          .contains("zh".equals(language) ? "金卡" : "Gold")
          .doesNotContain("PLATINUM", "GOLD");
      assertThat(choices(marketing, "draft:categoryRows:0:code"))
          .contains("zh".equals(language) ? "影院" : "Cinema")
          .doesNotContain("CINEMA", "FOO");

      for (String typed : List.of("abc", "-2", "1,000,000")) {
        marketing.typeOver(CATEGORY_MULTIPLIER, typed);
        press(marketing, By.id("draft:simulate"));
        marketing.wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("draft:categoryRows"), says.get(typed)));
        assertThat(marketing.driver.findElements(By.id("sim-total"))).as(typed).isEmpty();
        if ("abc".equals(typed)) {
          marketing.screenshot("operator-rules-editor-" + language + ".png", 1280, 1100);
        }
      }
      // publishing it changes nothing either
      press(marketing, By.id("draft:publish"));
      marketing.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
      marketing.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("draft:categoryRows"), says.get("1,000,000")));
      assertThat(marketing.path()).endsWith("/operator/rules/edit.xhtml");

      // a second row for a tier the first row has: refused at its picker
      marketing.typeOver(CATEGORY_MULTIPLIER, "1.5");
      String first = marketing.text(By.id("draft:tierRows:0:code_label"));
      int rows =
          marketing
              .driver
              .findElements(By.cssSelector("[id$=':code'][id^='draft:tierRows:']"))
              .size();
      press(marketing, By.id("draft:tierRows-add"));
      By added = By.id("draft:tierRows:" + rows + ":code");
      marketing.visible(added);
      marketing.choose(
          added,
          By.cssSelector(
              "[id='draft:tierRows:" + rows + ":code_items'] li[data-label='" + first + "']"),
          By.id("draft:tierRows:" + rows + ":code_label"),
          first);
      press(marketing, By.id("draft:simulate"));
      marketing.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("draft:tierRows"), says.get("duplicate")));
    }
    assertThat(db.longValue("select count(*) from earning_rule_set")).isEqualTo(versions);
  }

  /**
   * What the base rate, the minimum spend and the two caps say for each text typed into all four,
   * by language: the message at the field, or "" where the text is a good value for that field.
   */
  private static final Map<String, Map<String, List<String>>> DRAFT_NUMBERS =
      Map.of(
          "en",
          Map.of(
              "-5",
              List.of(
                  "Cannot be negative: type it without the minus sign.",
                  "Cannot be negative: type it without the minus sign.",
                  "Cannot be negative: type it without the minus sign.",
                  "Cannot be negative: type it without the minus sign."),
              "1.5",
              List.of(
                  "",
                  "",
                  "A whole number only, without decimals.",
                  "A whole number only, without decimals."),
              "abc",
              List.of(
                  "Not a number: type it in digits, e.g. 1.5.",
                  "Not a number: type it in digits, e.g. 50.00.",
                  "Not a number: type it in digits, e.g. 5000.",
                  "Not a number: type it in digits, e.g. 5000."),
              "99999999999",
              List.of(
                  "Too large: at most 1,000 points per CNY.",
                  "Too large: at most 1,000,000.00 CNY.",
                  "Too large: at most 100,000,000 points.",
                  "Too large: at most 100,000,000 points."),
              "0",
              List.of("", "", "Too small: at least 1 point.", "Too small: at least 1 point."),
              "1.23456",
              List.of(
                  "Too many decimals: at most 4.",
                  "Too many decimals: at most 2.",
                  "A whole number only, without decimals.",
                  "A whole number only, without decimals.")),
          "zh",
          Map.of(
              "-5",
              List.of("不能为负数，请去掉负号。", "不能为负数，请去掉负号。", "不能为负数，请去掉负号。", "不能为负数，请去掉负号。"),
              "1.5",
              List.of("", "", "只能输入整数，不能有小数。", "只能输入整数，不能有小数。"),
              "abc",
              List.of(
                  "不是数字：请用数字输入，例如 1.5。",
                  "不是数字：请用数字输入，例如 50.00。",
                  "不是数字：请用数字输入，例如 5000。",
                  "不是数字：请用数字输入，例如 5000。"),
              "99999999999",
              List.of(
                  "数值过大：最多 1,000 积分/元。",
                  "数值过大：最多 1,000,000.00 元。",
                  "数值过大：最多 100,000,000 积分。",
                  "数值过大：最多 100,000,000 积分。"),
              "0",
              List.of("", "", "数值过小：至少 1 积分。", "数值过小：至少 1 积分。"),
              "1.23456",
              List.of("小数位过多：最多 4 位小数。", "小数位过多：最多 2 位小数。", "只能输入整数，不能有小数。", "只能输入整数，不能有小数。")));

  /** What a campaign's bonus and budget say for each text typed into both, by language. */
  private static final Map<String, Map<String, List<String>>> CAMPAIGN_NUMBERS =
      Map.of(
          "en",
          Map.of(
              "-5",
              List.of(
                  "Cannot be negative: type it without the minus sign.",
                  "Cannot be negative: type it without the minus sign."),
              "1.5",
              List.of(
                  "A whole number only, without decimals.",
                  "A whole number only, without decimals."),
              "abc",
              List.of(
                  "Not a number: type it in digits, e.g. 50.",
                  "Not a number: type it in digits, e.g. 100000."),
              "99999999999",
              List.of("Too large: at most 100,000,000 points.", ""),
              "0",
              List.of("", "Too small: at least 1 point."),
              "9999999999999",
              List.of(
                  "Too large: at most 100,000,000 points.",
                  "Too large: at most 1,000,000,000,000 points.")),
          "zh",
          Map.of(
              "-5",
              List.of("不能为负数，请去掉负号。", "不能为负数，请去掉负号。"),
              "1.5",
              List.of("只能输入整数，不能有小数。", "只能输入整数，不能有小数。"),
              "abc",
              List.of("不是数字：请用数字输入，例如 50。", "不是数字：请用数字输入，例如 100000。"),
              "99999999999",
              List.of("数值过大：最多 100,000,000 积分。", ""),
              "0",
              List.of("", "数值过小：至少 1 积分。"),
              "9999999999999",
              List.of("数值过大：最多 100,000,000 积分。", "数值过大：最多 1,000,000,000,000 积分。")));

  @Test
  void badNumbersOfTheRulesAreRefusedAtTheirFieldInChinese() {
    badNumbersOfTheRulesAreRefusedAtTheirField("zh");
  }

  @Test
  void badNumbersOfTheRulesAreRefusedAtTheirFieldInEnglish() {
    badNumbersOfTheRulesAreRefusedAtTheirField("en");
  }

  /**
   * Each text typed into the rules' number fields is judged as typed: a refusal at the field, the
   * text left there to correct, and nothing published; a campaign's bonus and budget alike, and no
   * campaign added to the draft.
   */
  private void badNumbersOfTheRulesAreRefusedAtTheirField(String language) {
    ItDatabase db = RunningAtrium.database();
    long versions = db.longValue("select count(*) from earning_rule_set");
    List<String> draft =
        List.of(
            "draft:baseRate",
            "draft:minimumSpend",
            "draft:capPerTransaction",
            "draft:capPerMemberPerDay");
    List<String> campaign = List.of("campaign:bonus", "campaign:budget");
    try (Browser marketing = Browser.signedIn("marketing", language)) {
      marketing.open("/operator/rules/edit.xhtml");
      for (var typed : DRAFT_NUMBERS.get(language).entrySet()) {
        var answers =
            NumberInputs.submit(
                marketing,
                draft,
                typed.getKey(),
                () -> {
                  press(marketing, By.id("draft:publish"));
                  marketing.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
                });
        for (int i = 0; i < draft.size(); i++) {
          assertThat(answers.get(draft.get(i)))
              .as("%s typed into %s", typed.getKey(), draft.get(i))
              .isEqualTo(new NumberInputs.Answer(typed.getValue().get(i), typed.getKey()));
        }
        assertThat(marketing.path()).endsWith("/operator/rules/edit.xhtml");
      }

      String campaigns = marketing.text(By.id("draft:campaigns"));
      press(marketing, By.id("draft:add-campaign"));
      marketing.visible(By.id("campaign:budget"));
      for (var typed : CAMPAIGN_NUMBERS.get(language).entrySet()) {
        var answers =
            NumberInputs.submit(
                marketing,
                campaign,
                typed.getKey(),
                () -> press(marketing, By.id("campaign:save-campaign")));
        for (int i = 0; i < campaign.size(); i++) {
          assertThat(answers.get(campaign.get(i)))
              .as("%s typed into %s", typed.getKey(), campaign.get(i))
              .isEqualTo(new NumberInputs.Answer(typed.getValue().get(i), typed.getKey()));
        }
        assertThat(marketing.visible(By.id("campaign-dialog")).isDisplayed()).isTrue();
      }
      assertThat(marketing.driver.findElement(By.id("draft:campaigns")).getText().trim())
          .isEqualTo(campaigns);
    }
    assertThat(db.longValue("select count(*) from earning_rule_set")).isEqualTo(versions);
  }

  @Test
  void theApiRefusesUnknownCodesAndTooLargeMultipliers() {
    PortalClient api = new PortalClient("en");
    Fixtures.UserRow marketing = Fixtures.operator("OPERATOR_MARKETING");
    api.login(marketing.username(), marketing.password());
    long versions = RunningAtrium.database().longValue("select count(*) from earning_rule_set");
    for (String[] c :
        new String[][] {
          {"\"categoryMultipliers\":{\"FOO\":\"2\"}", "RULES_UNKNOWN_CODE", "categoryMultipliers"},
          {"\"tierMultipliers\":{\"PLATINUM\":\"3\"}", "RULES_UNKNOWN_CODE", "tierMultipliers"},
          {"\"tenantMultipliers\":{\"XX999\":\"2\"}", "RULES_UNKNOWN_CODE", "tenantMultipliers"},
          {"\"excludedTenants\":[\"XX999\"]", "RULES_UNKNOWN_CODE", "excludedTenants"},
          {
            "\"categoryMultipliers\":{\"CINEMA\":\"11\"}",
            "MULTIPLIER_TOO_LARGE",
            "categoryMultipliers"
          }
        }) {
      PortalClient.Page answer =
          api.postJson(
              "/api/v1/operator/earning-rules",
              "{\"effectiveFrom\":\"2031-03-01T00:00:00Z\",\"rules\":{\"baseRate\":\"1\","
                  + c[0]
                  + "}}");
      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
      assertThat(problem.getString("code")).as(answer.body()).isEqualTo(c[1]);
      assertThat(answer.body()).contains(c[2]);
    }
    assertThat(RunningAtrium.database().longValue("select count(*) from earning_rule_set"))
        .isEqualTo(versions);
  }

  @Test
  void aMultiplierAboveTheWarningLevelIsPublishedOnlyAfterAConfirmation() {
    String note = "warned " + System.nanoTime();
    try (Browser marketing = Browser.signedIn("marketing", "zh")) {
      marketing.open("/operator/rules/edit.xhtml");
      String category = marketing.text(By.id("draft:categoryRows:0:code_label"));
      marketing.typeOver(CATEGORY_MULTIPLIER, "6");
      // far from any sale of the tests: a one-hour window in 2031
      // set without focus: an open date picker would lie over the note and Publish
      setValue(marketing, "draft:effectiveFrom_input", "2031-01-01 00:00");
      setValue(marketing, "draft:effectiveTo_input", "2031-01-01 01:00");
      marketing.type(By.id("draft:note"), note);
      press(marketing, By.id("draft:publish"));
      marketing.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
      assertThat(marketing.text(By.id("draft:warnings")))
          .contains("以下倍率高于 5", "业态倍率 " + category + " ×6", "仍然发布");
      assertThat(
              RunningAtrium.database().rows("select 1 from earning_rule_set where note = ?", note))
          .isEmpty();
      press(marketing, By.id("draft:publish-anyway"));
      marketing.wait.until(ExpectedConditions.urlContains("/operator/rules/list"));
    }
    String rules =
        (String)
            RunningAtrium.database()
                .value("select rules from earning_rule_set where note = ?", note);
    assertThat(rules).contains(":\"6\"");
  }

  /**
   * A date typed with its panel left open (no Escape, no click elsewhere), then Publish's request
   * sent with the focus still in the picker: once the ajax answer is in, the panel is closed, so
   * the button below where it lay takes a real click and the version is published with that date.
   * Publish updates the whole form, whose new picker starts closed: this holds without
   * datepicker.js too (a run with its handlers removed showed it), so it guards the outcome.
   */
  @Test
  void anOpenDatePickerIsClosedByTheAjaxSaveAndLeavesTheButtonsUsable() {
    String note = "picker " + System.nanoTime();
    try (Browser marketing = Browser.signedIn("marketing")) {
      marketing.open("/operator/rules/edit.xhtml");
      // above the warning level, so that Publish answers on this page with "publish anyway"
      marketing.typeOver(CATEGORY_MULTIPLIER, "6");
      setValue(marketing, "draft:effectiveTo_input", "2031-02-01 01:00");
      setValue(marketing, "draft:note", note);
      marketing.typeDateLeavingThePanelOpen("draft:effectiveFrom", "2031-02-01 00:00");
      // Publish's request, sent as its confirmation's OK sends it, but with the focus left in the
      // picker: a click, even a script's, or the confirmation dialog taking the focus would close
      // the panel before any request (PrimeFaces does that on its own)
      ((JavascriptExecutor) marketing.driver)
          .executeScript(
              "PrimeFaces.ab({s: 'draft:publish', f: 'draft', p: 'draft', u: 'draft growl'});");
      marketing.visible(By.id("draft:warnings"));
      marketing.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("draft:effectiveFrom_panel")));
      assertThat(
              RunningAtrium.database().rows("select 1 from earning_rule_set where note = ?", note))
          .isEmpty();
      WebElement anyway = marketing.clickable(By.id("draft:publish-anyway"));
      ((JavascriptExecutor) marketing.driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", anyway);
      // a real click: an element lying over the button would take it (and Selenium would say so)
      anyway.click();
      marketing.wait.until(ExpectedConditions.urlContains("/operator/rules/list"));
    }
    assertThat(
            RunningAtrium.database()
                .value(
                    "select to_char(effective_from at time zone 'Asia/Shanghai',"
                        + " 'YYYY-MM-DD HH24:MI') from earning_rule_set where note = ?",
                    note))
        .isEqualTo("2031-02-01 00:00");
  }

  @Test
  void versionsReadAsSummariesAndTwoOfThemCompareInBothLanguages() {
    PortalClient api = new PortalClient("en");
    Fixtures.UserRow reader = Fixtures.operator("OPERATOR_MARKETING");
    api.login(reader.username(), reader.password());
    String stamp = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    int older = publish(api, "2032-01-01T00:00:00Z", "{\"GOLD\":\"1.5\"}", "diff a " + stamp);
    int newer =
        publish(
            api, "2032-01-01T02:00:00Z", "{\"GOLD\":\"2\",\"DIAMOND\":\"3\"}", "diff b " + stamp);

    for (String language : List.of("zh", "en")) {
      boolean zh = "zh".equals(language);
      try (Browser marketing = Browser.signedIn("marketing", language)) {
        marketing.open("/operator/rules/list.xhtml");
        String versions = marketing.text(By.id("versions"));
        assertThat(versions)
            .contains(zh ? "会员等级倍率" : "Tier multipliers", zh ? "金卡 ×1.5" : "Gold ×1.5")
            .doesNotContain("\"baseRate\"", "tierMultipliers");
        assertThat(marketing.scrollsSideways(1024, 768))
            .as("%s", marketing.overflowing())
            .isFalse();
        choose(marketing, "diff:older", older);
        choose(marketing, "diff:newer", newer);
        press(marketing, By.id("diff:compare"));
        String changes = marketing.text(By.id("diff:changes"));
        assertThat(changes)
            .contains(
                zh ? "修改" : "Changed",
                zh ? "金卡" : "Gold",
                "×1.5",
                "×2",
                zh ? "新增" : "Added",
                zh ? "钻石卡" : "Diamond",
                "×3");
        marketing.screenshot("operator-rules-diff-" + language + ".png", 1024, 768);
      }
    }
  }

  @Test
  void theSimulationShowsSignedNumbersWithSeparatorsAndAChartPerDay() {
    try (Browser marketing = Browser.signedIn("marketing", "en")) {
      marketing.open("/operator/rules/edit.xhtml");
      marketing.typeOver(By.id("draft:baseRate"), "3");
      press(marketing, By.id("draft:simulate"));
      String difference = marketing.text(By.id("sim-difference"));
      assertThat(difference).matches("\\+\\d{1,3}(,\\d{3})+");
      assertThat(marketing.text(By.id("sim-total"))).doesNotContain("(");
      assertThat(
              marketing.visible(
                  By.cssSelector("[id='draft:sim-days'] canvas, canvas[id^='draft:sim-days']")))
          .isNotNull();
      marketing.screenshot("operator-rules-simulation-en.png", 1280, 1000);

      marketing.typeOver(By.id("draft:baseRate"), "0.5");
      press(marketing, By.id("draft:simulate"));
      marketing.wait.until(
          ExpectedConditions.textMatches(
              By.id("sim-difference"),
              java.util.regex.Pattern.compile("\u2212\\d{1,3}(,\\d{3})+")));
    }
  }

  /**
   * Clicks a button after scrolling it to the middle of the window: scrolled to the top it would
   * lie under the sticky header, which would take a pointer's click.
   */
  private static void press(Browser b, By by) {
    WebElement button = b.clickable(by);
    // clicked by script once in the middle: an ajax update or a closing menu may scroll the page
    // between Selenium's own scrolling and its click
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
  }

  private static void setValue(Browser b, String id, String value) {
    ((JavascriptExecutor) b.driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
  }

  private static int publish(PortalClient api, String from, String tiers, String note) {
    PortalClient.Page answer =
        api.postJson(
            "/api/v1/operator/earning-rules",
            "{\"effectiveFrom\":\""
                + from
                + "\",\"effectiveTo\":\""
                + from.replace("T00:", "T01:").replace("T02:", "T03:")
                + "\",\"note\":\""
                + note
                + "\",\"rules\":{\"baseRate\":\"1\",\"tierMultipliers\":"
                + tiers
                + "}}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return Json.createReader(new StringReader(answer.body())).readObject().getInt("version");
  }

  /** Picks a version in a select menu by its value, through the widget's hidden select. */
  private static void choose(Browser b, String menu, int version) {
    String label =
        (String)
            ((JavascriptExecutor) b.driver)
                .executeScript(
                    "return Array.from(document.getElementById(arguments[0] + '_input').options)"
                        + ".find(o => o.value === arguments[1]).text",
                    menu,
                    String.valueOf(version));
    b.choose(
        By.id(menu),
        By.cssSelector("[id='" + menu + "_items'] li[data-label='" + label + "']"),
        By.id(menu + "_label"),
        label);
  }

  /** The labels a select menu offers. */
  @SuppressWarnings("unchecked")
  private static List<String> choices(Browser b, String menu) {
    return (List<String>)
        ((JavascriptExecutor) b.driver)
            .executeScript(
                "return Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".map(o => o.text)",
                menu);
  }
}
