package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ClearingDay;
import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.PortalClient;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  /** What the warning above the level says, by language (messages*.properties rules.*). */
  private static final Map<String, Warning> WARNINGS =
      Map.of(
          "en",
          new Warning(
              "Multipliers above 5: are they meant?",
              "Category multipliers",
              "They multiply the points every matching sale earns. Lower them, or publish anyway.",
              "Publish anyway",
              "Go back and change them",
              "Version {0} of the earning rules published."),
          "zh",
          new Warning(
              "以下倍率高于 5，确定吗？",
              "业态倍率",
              "这些倍率会放大每笔符合条件的消费所得积分。请调低，或仍然发布。",
              "仍然发布",
              "返回修改",
              "积分规则第 {0} 版已发布。"));

  private record Warning(
      String title,
      String part,
      String ask,
      String publishAnyway,
      String keepEditing,
      String published) {}

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void aMultiplierAboveTheWarningLevelIsPublishedOnlyAfterAConfirmation(String language) {
    Warning w = WARNINGS.get(language);
    String note = "warned " + language + " " + System.nanoTime();
    // far from any sale of the tests: a one-hour window in 2031, one per language
    String hour = "zh".equals(language) ? "02" : "00";
    String next = "zh".equals(language) ? "03" : "01";
    try (Browser marketing = Browser.signedIn("marketing", language)) {
      marketing.open("/operator/rules/edit.xhtml");
      String category = marketing.text(By.id("draft:categoryRows:0:code_label"));
      marketing.typeOver(CATEGORY_MULTIPLIER, "6");
      // set without focus: an open date picker would lie over the note and Publish
      setValue(marketing, "draft:effectiveFrom_input", "2031-01-01 " + hour + ":00");
      setValue(marketing, "draft:effectiveTo_input", "2031-01-01 " + next + ":00");
      marketing.type(By.id("draft:note"), note);
      publishAndConfirm(marketing);
      // first: the growl leaves after 4 s, which the checks below can take on a busy machine
      marketing.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), w.title()));
      assertThat(marketing.text(By.cssSelector("[id='draft:warnings'] strong")))
          .isEqualTo(w.title());
      assertThat(
              marketing.driver.findElements(By.cssSelector("[id='draft:warnings'] li")).stream()
                  .map(li -> li.getText().trim())
                  .toList())
          .containsExactly(w.part() + " " + category + " ×6");
      assertThat(marketing.text(By.cssSelector("[id='draft:warnings'] p"))).isEqualTo(w.ask());
      assertThat(marketing.text(By.id("draft:publish-anyway"))).isEqualTo(w.publishAnyway());
      assertThat(marketing.text(By.id("draft:keep-editing"))).isEqualTo(w.keepEditing());
      assertThat(
              RunningAtrium.database().rows("select 1 from earning_rule_set where note = ?", note))
          .isEmpty();

      // going back withdraws the question; publishing again asks again
      press(marketing, By.id("draft:keep-editing"));
      marketing.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("draft:publish-anyway")));
      assertThat(marketing.driver.findElement(CATEGORY_MULTIPLIER).getAttribute("value"))
          .isEqualTo("6");
      publishAndConfirm(marketing);
      marketing.visible(By.id("draft:publish-anyway"));
      assertThat(
              RunningAtrium.database().rows("select 1 from earning_rule_set where note = ?", note))
          .isEmpty();

      press(marketing, By.id("draft:publish-anyway"));
      marketing.wait.until(ExpectedConditions.urlContains("/operator/rules/list"));
      long version =
          RunningAtrium.database()
              .longValue("select version from earning_rule_set where note = ?", note);
      marketing.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-growl"), w.published().replace("{0}", String.valueOf(version))));
    }
    String rules =
        (String)
            RunningAtrium.database()
                .value("select rules from earning_rule_set where note = ?", note);
    assertThat(rules).contains(":\"6\"");
  }

  private static void publishAndConfirm(Browser marketing) {
    press(marketing, By.id("draft:publish"));
    marketing.clickable(By.cssSelector(".ui-confirmdialog-yes")).click();
    marketing.visible(By.id("draft:warnings"));
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

  /** What the simulation's result says, by language (messages*.properties rules.*). */
  private static final Map<String, List<String>> SIMULATION =
      Map.of(
          // total, sales, issued, draft, difference, funded by the operator, computed in {0} ms
          "en",
          List.of(
              "Total",
              "sales",
              "Issued",
              "Draft",
              "Difference",
              "funded by the operator",
              "computed in {0} ms"),
          "zh",
          List.of("合计", "笔交易", "实际发放", "草稿测算", "差额", "由运营方承担", "用时 {0} 毫秒"));

  /**
   * The simulation of a mall's own rules over its own two sales of yesterday (1,500.00 and 1,000.00
   * at a base rate of 1: 2,500 points issued): the rules in force, unchanged, give exactly what was
   * issued (difference 0); three times the base rate +5,000, half of it −1,250, signed and grouped
   * as the page's language writes them, with a bar chart per day in the same language.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void theSimulationShowsSignedNumbersWithSeparatorsAndAChartPerDay(String language) {
    List<String> says = SIMULATION.get(language);
    ItDatabase db = RunningAtrium.database();
    long mall = ClearingDay.newMall();
    String mallCode = (String) db.value("select code from mall where id = ?", mall);
    Instant since = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    Fixtures.publishRules(mall, Fixtures.baseRateOne(null), since);
    PosClient till = PosClient.of(ClearingDay.posKey(mall));
    String phone = Till.randomPhone().replace(" ", "");
    var member =
        till.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"模拟 Sim\",\"acceptTerms\":true}")
            .send();
    assertThat(member.status()).as(member.toString()).isEqualTo(201);
    LocalDate yesterday = LocalDate.now(ClearingDay.ZONE).minusDays(1);
    Instant noon = yesterday.atTime(12, 0).atZone(ClearingDay.ZONE).toInstant();
    for (String amount : List.of("1500.00", "1000.00")) {
      var sale =
          till.post(
                  "/api/v1/pos/sales",
                  "{\"phone\":\""
                      + phone
                      + "\",\"receiptNumber\":\"SIM-"
                      + Fixtures.unique()
                      + "\",\"amount\":"
                      + amount
                      + ",\"occurredAt\":\""
                      + noon
                      + "\"}")
              .send();
      assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    }

    try (Browser marketing = Browser.signedIn("marketing", language)) {
      marketing.open("/operator/rules/edit.xhtml?mall=" + mallCode);
      assertThat(marketing.text(By.id("draft:simulate")))
          .isEqualTo("zh".equals(language) ? "开始模拟" : "Simulate");
      // the rules in force, unchanged, reproduce what was issued
      press(marketing, By.id("draft:simulate"));
      assertThat(marketing.text(By.id("sim-total"))).matches(total(says, "2,500", "2,500", "0"));
      assertThat(chart(marketing, "labels")).containsExactly(yesterday.toString());

      marketing.typeOver(By.id("draft:baseRate"), "3");
      simulateUntil(marketing, "+5,000");
      assertThat(marketing.text(By.id("sim-total")))
          .matches(total(says, "2,500", "7,500", "+5,000"));
      assertThat(chart(marketing, "series"))
          .containsExactly(says.get(2) + " 2500", says.get(3) + " 7500");
      // the difference of the mall's one tenant, signed and grouped too
      assertThat(marketing.text(By.cssSelector("[id='draft:sim-tenants_data'] td:last-child")))
          .isEqualTo("+5,000");
      marketing.screenshot("operator-rules-simulation-" + language + ".png", 1280, 1000);

      marketing.typeOver(By.id("draft:baseRate"), "0.5");
      simulateUntil(marketing, "\u22121,250");
      assertThat(marketing.text(By.id("sim-total")))
          .matches(total(says, "2,500", "1,250", "\u22121,250"));
    }
  }

  /** Runs the simulation and waits until the difference reads {@code difference}. */
  private static void simulateUntil(Browser b, String difference) {
    press(b, By.id("draft:simulate"));
    b.wait.until(ExpectedConditions.textToBe(By.id("sim-difference"), difference));
  }

  /**
   * The simulation's summary line, in the words of {@code says}: 2 sales, the points issued, the
   * draft's, the difference, the operator's share and the time it took (any).
   */
  private static String total(List<String> says, String issued, String draft, String difference) {
    return Pattern.quote(says.get(0) + ": 2 " + says.get(1) + " · " + says.get(2) + " " + issued)
        + Pattern.quote(" · " + says.get(3) + " " + draft + " · " + says.get(4) + " " + difference)
        + Pattern.quote(" · " + says.get(5) + " ")
        + "[\\d,]+ · "
        + Pattern.quote(says.get(6)).replace("{0}", "\\E\\d+\\Q");
  }

  /**
   * What the per-day chart shows: its day labels, or each bar series as its legend label and
   * values.
   */
  @SuppressWarnings("unchecked")
  private static List<String> chart(Browser b, String what) {
    // the chart is drawn once its canvas is shown, after the update that brought it
    return b.wait.until(
        d ->
            (List<String>)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var c = Chart.getChart(document.querySelector("
                            + "\"[id='draft:sim-days'] canvas, canvas[id^='draft:sim-days']\"));"
                            + "return !c ? null : arguments[0] === 'labels'"
                            + " ? c.data.labels.map(String)"
                            + " : c.data.datasets.map(s => s.label + ' ' + s.data.join(' '));",
                        what));
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
