package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ClearingDay;
import com.atrium.it.Fixtures;
import com.atrium.it.ItParkingCharges;
import com.atrium.it.ItPartner;
import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance's clearing pages in a real browser (docs/clearing.md, "Pages"): a finance user starts the
 * run of a past day with data from the runs page (in Chinese), opens it, reads a statement's lines
 * to the fen, submits it and is refused the approval (four eyes); a second finance user approves
 * (in English) and closes it. Then the terms page refuses a wrong rate at its field and adds a
 * version. Nothing scrolls sideways at 1024 × 768.
 *
 * <p>Downloads: finance takes a statement's CSV from the run page and the tenant's manager the PDF
 * of its statement, each read back from Chromium's download folder.
 */
@ExtendWith(RunningAtrium.class)
class ClearingPagesIT {

  private static final String COST_INVALID = "每积分成本为 0 至 1.0000 元，最多 4 位小数。";

  @Test
  void financeRunsADayReadsItsLinesAndASecondFinanceUserApprovesAndClosesIt() throws IOException {
    ClearingDay data = ClearingDay.booked();
    Fixtures.UserRow starter = Fixtures.operator("OPERATOR_FINANCE");
    Fixtures.UserRow second = Fixtures.operator("OPERATOR_FINANCE");
    long runId;
    try (Browser zh = Browser.signedIn(starter.username(), starter.password(), "zh")) {
      click(zh, By.id("menu-clearing-runs"));
      zh.wait.until(ExpectedConditions.urlContains("/operator/clearing/runs"));
      assertThat(zh.text(By.cssSelector(".a-page-title"))).isEqualTo("清算批次");
      zh.open("/operator/clearing/runs.xhtml?mall=" + data.mall());
      assertThat(zh.text(By.id("runs:table"))).contains("还没有清算批次。");

      click(zh, By.id("page-actions:new-run"));
      zh.visible(By.id("start-dialog"));
      assertThat(zh.text(By.id("start:mall_label"))).startsWith(data.mall());
      zh.choose(
          By.id("start:kind"),
          By.cssSelector("#start\\:kind_items li[data-label='营业日']"),
          By.id("start:kind_label"),
          "营业日");
      zh.typeDate(
          "start:day", data.day().toString(), By.cssSelector("#start-dialog .ui-dialog-title"));
      click(zh, By.id("start:start-run"));
      zh.clickable(By.id("runs:open-started"));
      assertThat(zh.text(By.id("runs:started"))).contains(data.mall() + " " + data.day());
      WebElement row = zh.visible(By.xpath(runRow(data.mall())));
      assertThat(row.getText())
          .contains(data.day().toString(), "营业日", "草稿", starter.username(), "1.39");
      zh.screenshot("operator-clearing-runs-zh.png", 1280, 760);
      assertThat(zh.scrollsSideways(1024, 768)).as("runs page at 1024").isFalse();

      click(zh, By.id("runs:open-started"));
      zh.wait.until(ExpectedConditions.urlContains("/operator/clearing/run.xhtml"));
      runId =
          Long.parseLong(
              URI.create(zh.driver.getCurrentUrl()).getQuery().replaceAll(".*id=(\\d+).*", "$1"));
      assertThat(zh.text(By.cssSelector(".a-page-title"))).isEqualTo("清算批次详情");
      assertThat(zh.text(By.id("run-status"))).isEqualTo("草稿");
      assertThat(statementNet(zh, data.a().code())).isEqualTo("-6.78");
      assertThat(statementNet(zh, data.b().code())).isEqualTo("5.39");
      assertThat(statementNet(zh, "运营方")).isEqualTo("1.39");

      showLines(zh, data.a().code());
      assertThat(lines(zh))
          .containsExactly(
              List.of("发放积分成本", "1,234", "0.0110", "-13.57"),
              List.of("退货冲回发放", "617", "0.0110", "6.79"));
      assertThat(zh.text(By.id("lines-net"))).isEqualTo("-6.78");
      String period = data.day() + " – " + data.day().plusDays(1);
      assertThat(zh.text(By.cssSelector("[id$='lines_data'] tr td:nth-child(2)")))
          .isEqualTo(period);
      // drill-down: each line's one entry, listed to the line's points, and where the sale counts
      List<String> sale = entryOf(data, "EARN");
      LineEntries charge = LineEntries.open(zh, "发放积分成本");
      assertThat(charge.linePoints()).isEqualTo("1,234");
      assertThat(charge.total()).isEqualTo("1");
      assertThat(charge.rows()).containsExactly(sale);
      assertThat(charge.listed()).isEqualTo("1");
      assertThat(charge.sum()).isEqualTo("1,234");
      assertThat(charge.offersMore()).isFalse();
      assertThat(charge.placementsOf(0, "发放积分成本"))
          .contains(
              "分录 " + sale.get(0) + " 计入",
              data.mall() + " " + data.day() + " (营业日, 草稿)",
              data.a().code() + " · 发放积分成本 · " + period);
      zh.screenshot("operator-clearing-entries-zh.png", 1280, 900);
      charge.close();
      List<String> refund = entryOf(data, "REVERSAL");
      LineEntries reversed = LineEntries.open(zh, "退货冲回发放");
      assertThat(reversed.rows()).containsExactly(refund);
      assertThat(zh.text(By.cssSelector("[id$='entry-table_data'] .a-sub")))
          .isEqualTo("冲正分录 " + sale.get(0));
      assertThat(reversed.linePoints()).isEqualTo("617");
      assertThat(reversed.sum()).isEqualTo("617");
      reversed.close();
      // end of the drill-down
      scrollTo(zh, By.id("run:statements"));
      zh.screenshot("operator-clearing-run-zh.png", 1280, 1100);
      assertThat(zh.scrollsSideways(1024, 768)).as("run page at 1024").isFalse();

      click(zh, By.id("run:submit"));
      awaitNotice(zh, "已提交审核：对账单已冻结。");
      assertThat(zh.text(By.id("run-status"))).isEqualTo("审核中");
      // the starter is finance too, so the approval is offered, and the service refuses it
      click(zh, By.id("run:approve"));
      awaitNotice(zh, "批次须由既未发起、也未最后计算它的财务人员批准（四眼原则）。");
      assertThat(zh.visible(By.id("run-notice")).getAttribute("role")).isEqualTo("alert");
      assertThat(zh.text(By.id("run-status"))).isEqualTo("审核中");
    }

    try (Browser en = Browser.signedIn(second.username(), second.password(), "en")) {
      en.open("/operator/clearing/runs.xhtml?mall=" + data.mall());
      assertThat(en.text(By.cssSelector(".a-page-title"))).isEqualTo("Clearing runs");
      assertThat(en.visible(By.xpath(runRow(data.mall()))).getText())
          .contains(data.day().toString(), "Business day", "In review", "1.39");
      en.screenshot("operator-clearing-runs-en.png", 1280, 760);
      // the status filter: no draft of this mall, its run in review
      chooseStatus(en, "Draft");
      en.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("runs:table"), "No clearing runs yet."));
      chooseStatus(en, "In review");
      en.visible(By.xpath(runRow(data.mall())));

      en.open("/operator/clearing/run.xhtml?id=" + runId);
      assertThat(en.text(By.cssSelector(".a-page-title"))).isEqualTo("Clearing run");
      showLines(en, data.b().code());
      assertThat(lines(en))
          .containsExactly(List.of("Points redeemed here", "567", "0.0095", "5.39"));
      scrollTo(en, By.id("run:statements"));
      en.screenshot("operator-clearing-run-en.png", 1280, 1100);
      click(en, By.id("run:approve"));
      awaitNotice(en, "Approved.");
      assertThat(en.text(By.id("run-status"))).isEqualTo("Approved");
      assertThat(en.text(By.id("approved-by"))).startsWith(second.username());
      click(en, By.id("run:close-run"));
      click(en, By.cssSelector(".ui-confirmdialog-yes"));
      awaitNotice(en, "Closed: this period's statements are final.");
      assertThat(en.text(By.id("run-status"))).isEqualTo("Closed");
      assertThat(
              en.driver.findElements(
                  By.cssSelector(
                      "[id^='run:'][id$='recompute'], #run\\:submit, #run\\:approve, #run\\:close-run")))
          .isEmpty();
    }
    var db = RunningAtrium.database();
    assertThat(db.value("select status from clearing_run where id = ?", runId)).isEqualTo("CLOSED");
    assertThat(db.value("select started_by from clearing_run where id = ?", runId))
        .isEqualTo(starter.username());
    assertThat(db.value("select approved_by from clearing_run where id = ?", runId))
        .isEqualTo(second.username());
    Fixtures.assertLedgerBalanced();

    // Exports (docs/clearing.md, "Exports" and "Pages"): finance downloads the first tenant's CSV
    // from the run page; that tenant's manager opens its statement of the run and downloads the PDF
    String file = data.mall() + "-" + data.day() + "-" + data.a().code();
    try (Browser en = Browser.signedIn(second.username(), second.password(), "en")) {
      en.open("/operator/clearing/run.xhtml?id=" + runId);
      assertThat(en.visible(By.id("run:export-run")).getAttribute("title"))
          .isEqualTo("Download " + data.mall() + "-" + data.day() + ".xlsx");
      By csvLink = By.xpath(statementRow(data.a().code()) + "//a[contains(@class,'a-export-csv')]");
      assertThat(en.visible(csvLink).getAttribute("title")).isEqualTo("Download " + file + ".csv");
      click(en, csvLink);
      String csv = new String(en.downloaded(file + ".csv"), StandardCharsets.UTF_8);
      assertThat(csv)
          .startsWith("\uFEFF")
          .contains(",ISSUANCE_CHARGE,", ",1234,0.0110,-13.57,,\r\n", ",617,0.0110,6.79,,\r\n")
          .endsWith(",NET,净额 Net,,,,,-6.78,,\r\n");
    }
    Fixtures.UserRow manager = Fixtures.manager(data.a().id());
    try (Browser zh = Browser.signedIn(manager.username(), manager.password(), "zh")) {
      zh.wait.until(ExpectedConditions.urlContains("/merchant/clearing/statements"));
      click(zh, By.cssSelector("[id$='open']"));
      zh.wait.until(ExpectedConditions.urlContains("/merchant/clearing/statement.xhtml"));
      assertThat(zh.text(By.id("statement-net"))).isEqualTo("-6.78");
      By pdfLink = By.cssSelector("#statement-downloads a.a-export-pdf");
      assertThat(zh.visible(pdfLink).getAttribute("title")).isEqualTo("下载 " + file + ".pdf");
      click(zh, pdfLink);
      try (PDDocument pdf = Loader.loadPDF(zh.downloaded(file + ".pdf"))) {
        String text = new PDFTextStripper().getText(pdf);
        assertThat(text)
            .contains("积分清算对账单 Points Clearing Statement")
            .contains(data.a().name() + " (" + data.a().code() + ")")
            .contains("已关闭 Closed");
        Matcher net = Pattern.compile("净额 Net\\s+(-?[\\d,]+\\.\\d{2})").matcher(text);
        assertThat(net.find()).as(text).isTrue();
        assertThat(net.group(1)).isEqualTo("-6.78");
      }
    }
  }

  @Test
  void aParkingLineOpensItsSettlementsAndSalesSummingToTheLine() {
    ClearingDay data = ClearingDay.booked();
    Instant at = data.day().atStartOfDay(ClearingDay.ZONE).toInstant().plus(Duration.ofHours(3));
    long sale = RunningAtrium.database().nextId();
    String session = "PG-" + Fixtures.unique();
    long settlement =
        ItParkingCharges.settlement(
            data.mallId(),
            session,
            at,
            "SETTLED",
            ItParkingCharges.charge("TENANT", data.a().id(), null, "SPEND", "40.00", "6.67"));
    ItParkingCharges.spendSale(settlement, sale, data.a().id(), "200.00");
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient api = new PortalClient("en");
    assertThat(api.login(finance.username(), finance.password()).redirectPath()).isPresent();
    var started =
        api.postJson(
            "/api/v1/operator/clearing/runs",
            "{\"mall\":\""
                + data.mall()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + data.day()
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    long runId =
        jakarta.json.Json.createReader(new java.io.StringReader(started.body()))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    try (Browser en = Browser.signedIn(finance.username(), finance.password(), "en")) {
      en.open("/operator/clearing/run.xhtml?id=" + runId);
      showLines(en, data.a().code());
      click(
          en,
          By.xpath("//tbody[contains(@id,'lines_data')]//button[contains(@id,'drill-parking')]"));
      en.visible(By.id("parking-dialog"));
      en.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("parking-line"), data.a().code()));
      en.awaitAjaxIdle();
      assertThat(en.text(By.id("parking-line-minutes"))).isEqualTo("40.00");
      assertThat(en.text(By.id("parking-line-amount"))).isEqualTo("6.67");
      assertThat(en.text(By.id("parking-settlements"))).isEqualTo("1");
      // what is listed sums to the line
      assertThat(en.text(By.id("parking-listed"))).isEqualTo("1");
      assertThat(en.text(By.id("parking-minutes"))).isEqualTo("40.00");
      assertThat(en.text(By.id("parking-amount"))).isEqualTo("6.67");
      assertThat(en.text(By.cssSelector("[id$='parking-table_data'] .a-parking-session")))
          .isEqualTo(session);
      assertThat(en.text(By.cssSelector("[id$='parking-table_data'] .a-parking-reason")))
          .isEqualTo("Same-day spend");
      assertThat(en.text(By.cssSelector("[id$='parking-table_data'] .a-parking-sale")))
          .isEqualTo("Sale " + sale + " at tenant " + data.a().id() + ": 200.00");
      assertThat(en.driver.findElements(By.id("parking:more"))).isEmpty();
      en.screenshot("operator-clearing-parking-en.png", 1280, 900);
      // the whole drill-down as a file: the line's charges and a TOTAL row equal to the line
      String file = data.mall() + "-" + data.day() + "-" + data.a().code() + "-L3.csv";
      By csvLink = By.cssSelector("#parking-downloads a.a-export-csv");
      assertThat(en.visible(csvLink).getAttribute("title")).isEqualTo("Download " + file);
      click(en, csvLink);
      assertThat(new String(en.downloaded(file), StandardCharsets.UTF_8))
          .startsWith("\uFEFF")
          .contains("," + session + "," + data.day() + ",", ",6.67,\"#" + sale + " 200.00\",")
          .contains("," + data.a().code() + ",3,TOTAL,合计 Total,")
          .endsWith(",-6.67,40.00,\r\n");
    }
  }

  @Test
  void aFeeLineListsEachExchangesFeeAndADepositLineItsMovements() {
    ClearingDay data = ClearingDay.booked();
    var db = RunningAtrium.database();
    // two partners of the day's mall: fees 0.50 + 1 % of the value, cost 0.0100 a point
    ItPartner air = ItPartner.postpaid();
    ItPartner bank = ItPartner.create("PREPAID", new java.math.BigDecimal("1000.00"), 0, 0, 180);
    db.update(
        "update partner set mall_id = ? where code in (?, ?)", data.mallId(), air.code, bank.code);
    String ref = "PG-" + Fixtures.unique();
    air.linkNewMember(ref);
    String bankRef = "PB-" + Fixtures.unique();
    bank.linkNewMember(bankRef);
    String t = "PG" + Fixtures.unique();
    assertThat(air.in(t + "-1", ref, 20_000).status()).isEqualTo(201); // 2,000 points, fee 0.70
    assertThat(air.in(t + "-2", ref, 5_000).status()).isEqualTo(201); // 500 points, fee 0.55
    assertThat(bank.in(t + "-3", bankRef, 10_000).status()).isEqualTo(201); // 10.00 + 0.60 drawn
    // as if made on the day, three hours in
    Timestamp made =
        Timestamp.from(
            data.day().atStartOfDay(ClearingDay.ZONE).toInstant().plus(Duration.ofHours(3)));
    db.update(
        "update partner_exchange set requested_at = ? where partner_id in"
            + " (select id from partner where code in (?, ?))",
        made,
        air.code,
        bank.code);
    db.update(
        "update partner_deposit_movement set created_at = ? where partner_id in"
            + " (select id from partner where code = ?)",
        made,
        bank.code);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient api = new PortalClient("en");
    assertThat(api.login(finance.username(), finance.password()).redirectPath()).isPresent();
    var started =
        api.postJson(
            "/api/v1/operator/clearing/runs",
            "{\"mall\":\""
                + data.mall()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + data.day()
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    long runId =
        jakarta.json.Json.createReader(new java.io.StringReader(started.body()))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    try (Browser en = Browser.signedIn(finance.username(), finance.password(), "en")) {
      en.open("/operator/clearing/run.xhtml?id=" + runId);
      showLines(en, air.code);
      click(
          en, By.xpath("//tbody[contains(@id,'lines_data')]//button[contains(@id,'drill-fees')]"));
      en.visible(By.id("fees-dialog"));
      en.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("fees-line"), air.code));
      en.awaitAjaxIdle();
      assertThat(en.text(By.id("fees-line-amount"))).isEqualTo("-1.25");
      assertThat(en.text(By.id("fees-total"))).isEqualTo("2");
      // what is listed sums to the line
      assertThat(en.text(By.id("fees-listed"))).isEqualTo("2");
      assertThat(en.text(By.id("fees-amount"))).isEqualTo("-1.25");
      assertThat(
              en.driver.findElements(By.cssSelector("[id$='fees-table_data'] > tr")).stream()
                  .map(
                      tr ->
                          List.of(
                              tr.findElement(By.cssSelector(".a-fee-txn")).getText(),
                              tr.findElement(By.cssSelector(".a-fee-direction")).getText(),
                              tr.findElement(By.cssSelector(".a-fee-points")).getText(),
                              tr.findElement(By.cssSelector(".a-fee-fee")).getText(),
                              tr.findElement(By.cssSelector(".a-fee-amount")).getText()))
                  .toList())
          .containsExactly(
              List.of(t + "-1", "Points in", "2,000", "0.70", "-0.70"),
              List.of(t + "-2", "Points in", "500", "0.55", "-0.55"));
      en.driver.findElement(By.cssSelector("#fees-dialog .ui-dialog-titlebar-close")).click();

      showLines(en, bank.code);
      click(
          en,
          By.xpath("//tbody[contains(@id,'lines_data')]//button[contains(@id,'drill-deposit')]"));
      en.visible(By.id("deposit-dialog"));
      en.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("deposit-line"), bank.code));
      en.awaitAjaxIdle();
      assertThat(en.text(By.id("deposit-line-memo"))).isEqualTo("10.60");
      assertThat(en.text(By.id("deposit-listed"))).isEqualTo("1");
      assertThat(en.text(By.id("deposit-sum"))).isEqualTo("10.60");
      assertThat(en.text(By.cssSelector("[id$='deposit-table_data'] .a-deposit-reason")))
          .isEqualTo("Drawn by an exchange in");
      assertThat(en.text(By.cssSelector("[id$='deposit-table_data'] .a-deposit-ref")))
          .isEqualTo(t + "-3");
    }
  }

  @Test
  void theTermsPageRefusesAWrongRateAtItsFieldAndAddsAVersion() {
    ClearingDay data = ClearingDay.booked();
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    try (Browser zh = Browser.signedIn(finance.username(), finance.password(), "zh")) {
      click(zh, By.id("menu-clearing-terms"));
      zh.wait.until(ExpectedConditions.urlContains("/operator/clearing/terms"));
      assertThat(zh.text(By.cssSelector(".a-page-title"))).isEqualTo("清算条款");
      zh.open("/operator/clearing/terms.xhtml?tenant=" + data.a().id());
      assertThat(zh.text(By.id("pick:tenant_label"))).startsWith(data.a().code());
      // a tenant made behind the service's back has no stored terms until its first change
      assertThat(zh.text(By.id("versions"))).contains("还没有清算条款。");

      zh.type(By.id("terms:cost"), "0.01x");
      zh.type(By.id("terms:reimbursement"), "0.0095");
      click(zh, By.id("terms:save-terms"));
      awaitText(zh, fieldMessage("terms:cost"), "不是数字：请用数字输入，例如 0.0110。");
      zh.type(By.id("terms:cost"), "0.01234");
      click(zh, By.id("terms:save-terms"));
      awaitText(zh, fieldMessage("terms:cost"), COST_INVALID);
      assertThat(zh.text(By.id("versions"))).contains("还没有清算条款。");
      assertThat(zh.scrollsSideways(1024, 768)).as("terms page at 1024").isFalse();

      String tomorrow = LocalDate.now(ClearingDay.ZONE).plusDays(1) + " 00:00";
      zh.type(By.id("terms:cost"), "0.0120");
      zh.typeDate("terms:from", tomorrow);
      zh.type(By.id("terms:note"), "页面测试");
      click(zh, By.id("terms:save-terms"));
      awaitText(zh, By.id("terms:messages"), "已添加版本 2。");
      assertThat(versions(zh))
          .containsExactly(
              List.of("2 待生效", "0.0120", "0.0095", "0.00", "后付"),
              List.of("1 生效中", "0.0110", "0.0095", "0.00", "后付"));
    }
  }

  // drill-down: the entries the dialog should list

  /**
   * Tenant A's one journal entry of a kind on its issuance account, as the drill-down should show
   * it in Chinese: id, kind, booked in the mall's zone, member id, description, points.
   */
  private static List<String> entryOf(ClearingDay data, String kind) {
    var row =
        RunningAtrium.database()
            .rows(
                "select e.id, e.recorded_at, e.member_id, e.description, l.points"
                    + " from journal_entry e join journal_line l on l.entry_id = e.id"
                    + " join ledger_account c on c.id = l.account_id"
                    + " where c.tenant_id = ? and c.kind = 'TENANT_ISSUANCE' and e.kind = ?",
                data.a().id(),
                kind)
            .get(0);
    Instant booked =
        row.get("recorded_at") instanceof Timestamp t
            ? t.toInstant()
            : ((OffsetDateTime) row.get("recorded_at")).toInstant();
    long points = Math.abs(((Number) row.get("points")).longValue());
    return List.of(
        row.get("id").toString(),
        Map.of("EARN", "获得", "REVERSAL", "冲正").get(kind),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(booked.atZone(ClearingDay.ZONE)),
        Objects.toString(row.get("member_id"), ""),
        // the ledger's English text, as the Chinese page words it
        ((String) row.get("description"))
            .replaceFirst("^Refund (\\S+) of sale (.+)$", "退货 $1，原小票 $2")
            .replaceFirst("^Sale (.+)$", "消费，小票 $1"),
        String.format(Locale.ROOT, "%,d", points));
  }

  private static void chooseStatus(Browser b, String label) {
    b.choose(
        By.id("runs:status"),
        By.cssSelector("#runs\\:status_items li[data-label='" + label + "']"),
        By.id("runs:status_label"),
        label);
    b.awaitAjaxIdle();
  }

  /** Scrolls the element to the top of the window, to show what follows it too. */
  /**
   * Clicks an element once it is clickable, scrolled to the middle of the window first: at the top
   * of a page resized for a check, the sticky header would take the click.
   */
  private static void click(Browser b, By by) {
    var element = b.clickable(by);
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    b.clickable(by).click();
  }

  private static void scrollTo(Browser b, By by) {
    ((JavascriptExecutor) b.driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -120);",
            b.visible(by));
  }

  private static By fieldMessage(String input) {
    return By.cssSelector(".a-field:has([id='" + input + "']) .ui-message");
  }

  private static String runRow(String mall) {
    return "//tbody[@id='runs:table_data']/tr[.//strong[normalize-space(.)='" + mall + "']]";
  }

  private static String statementRow(String party) {
    return "//tbody[@id='run:statements_data']/tr[.//strong[normalize-space(.)='" + party + "']]";
  }

  private static String statementNet(Browser b, String party) {
    return b.text(By.xpath(statementRow(party) + "//span[contains(@class,'a-net')]"));
  }

  private static void showLines(Browser b, String party) {
    click(b, By.xpath(statementRow(party) + "//button[contains(@id,'show-lines')]"));
    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lines-heading"), party));
    b.awaitAjaxIdle();
  }

  /** The lines table: kind, points, rate, amount of each row. */
  private static List<List<String>> lines(Browser b) {
    return b.driver.findElements(By.cssSelector("[id$='lines_data'] > tr")).stream()
        .map(
            tr ->
                List.of(
                    tr.findElement(By.cssSelector(".a-kind")).getText().trim(),
                    tr.findElement(By.cssSelector(".a-points")).getText().trim(),
                    tr.findElement(By.cssSelector(".a-rate")).getText().trim(),
                    tr.findElement(By.cssSelector(".a-amount")).getText().trim()))
        .toList();
  }

  /** The terms history: version (with its mark), cost, reimbursement, fee, mode. */
  private static List<List<String>> versions(Browser b) {
    b.visible(By.id("versions"));
    return b.driver.findElements(By.cssSelector("#versions_data > tr")).stream()
        .map(
            tr -> {
              List<WebElement> td = tr.findElements(By.tagName("td"));
              return List.of(
                  td.get(0).getText().replaceAll("\\s+", " ").trim(),
                  td.get(2).getText().trim(),
                  td.get(3).getText().trim(),
                  td.get(4).getText().trim(),
                  td.get(5).getText().trim());
            })
        .toList();
  }

  private static void awaitNotice(Browser b, String text) {
    awaitText(b, By.id("run-notice"), text);
  }

  private static void awaitText(Browser b, By by, String text) {
    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    b.awaitAjaxIdle();
  }
}
