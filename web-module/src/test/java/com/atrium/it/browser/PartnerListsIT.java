package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The partner lists on the shared list mechanism (docs/portal.md, "Lists"), in both languages:
 * finance narrows the reconciliation queues by queue and business days, sorts them by transaction
 * and exports them; and narrows the partners by kind, status, settlement and the whole group, sorts
 * them by code and exports them. Both files are opened and hold what the page shows, in its order.
 */
@ExtendWith(RunningAtrium.class)
class PartnerListsIT {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void theMismatchQueuesAreNarrowedSortedAndExported(String language) throws IOException {
    boolean zh = "zh".equals(language);
    ItPartner p = ItPartner.postpaid();
    p.linkNewMember("LM-M");
    assertThat(p.in("LM-1", "LM-M", 5000).status()).isEqualTo(201);
    assertThat(p.in("LM-2", "LM-M", 1000).status()).isEqualTo(201);
    assertThat(p.out("LM-3", "LM-M", 200).status()).isEqualTo(201);
    String day = LocalDate.now(ZONE).toString();
    String yesterday = LocalDate.now(ZONE).minusDays(1).toString();
    // LM-1 agrees, LM-2 differs, LM-3 is missing at the partner, LM-9 missing in Atrium
    String theirs =
        "H,"
            + p.code
            + ","
            + day
            + "\nD,LM-1,,LM-M,IN,500,5000,,,COMPLETED,"
            + "\nD,LM-2,,LM-M,IN,200,2000,,,COMPLETED,"
            + "\nD,LM-9,,LM-M,IN,50,500,,,COMPLETED,"
            + "\nT,3,750,7500\n";
    var uploaded =
        p.client()
            .put("/api/v1/partner/reconciliation-files/" + day, theirs)
            .header("Content-Type", "text/csv")
            .send();
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");

    try (Browser browser = Browser.signedIn(finance.username(), finance.password(), language)) {
      browser.open("/operator/clearing/reconciliation.xhtml?partner=" + p.code + "&day=" + day);
      assertThat(column(rows(browser, "queue:table"), 4))
          .containsExactlyInAnyOrder("LM-2", "LM-3", "LM-9");

      refreshed(browser, "queue:table", () -> browser.clickable(By.id("queue:table:txn")).click());
      refreshed(browser, "queue:table", () -> browser.clickable(By.id("queue:table:txn")).click());
      assertThat(column(rows(browser, "queue:table"), 4)).containsExactly("LM-9", "LM-3", "LM-2");

      String differ = zh ? "金额不符" : "Amounts differ";
      choose(browser, "queue:kind", differ);
      refreshed(browser, "queue:table", () -> browser.clickable(By.id("queue:search")).click());
      List<List<String>> differs = rows(browser, "queue:table");
      assertThat(differs).hasSize(1);
      assertThat(differs.get(0).subList(1, 7))
          .containsExactly(
              differ,
              day,
              p.code,
              "LM-2",
              zh ? "转入 100 / 1000" : "In 100 / 1000",
              zh ? "转入 200 / 2000" : "In 200 / 2000");

      choose(browser, "queue:kind", zh ? "全部队列" : "Every queue");
      browser.typeDate("queue:from", yesterday);
      browser.typeDate("queue:to", yesterday);
      refreshed(browser, "queue:table", () -> browser.clickable(By.id("queue:search")).click());
      assertThat(rows(browser, "queue:table")).isEmpty();

      browser.typeDate("queue:to", day);
      refreshed(browser, "queue:table", () -> browser.clickable(By.id("queue:search")).click());
      List<List<String>> shown = rows(browser, "queue:table");
      assertThat(column(shown, 4))
          .as("still by transaction, descending")
          .containsExactly("LM-9", "LM-3", "LM-2");
      assertThat(column(shown, 1))
          .containsExactly(
              zh ? "Atrium 缺失" : "Missing in Atrium",
              zh ? "合作伙伴缺失" : "Missing at the partner",
              differ);

      List<String> headers =
          zh
              ? List.of(
                  "状态",
                  "差异队列",
                  "营业日",
                  "合作伙伴",
                  "交易",
                  "Atrium（积分 / 伙伴单位）",
                  "合作伙伴（积分 / 伙伴单位）",
                  "发现时间",
                  "处理说明",
                  "处理人、时间")
              : List.of(
                  "Status",
                  "Queue",
                  "Business day",
                  "Partner",
                  "Transaction",
                  "Atrium (points / partner units)",
                  "Partner (points / partner units)",
                  "Found",
                  "Resolution",
                  "Resolved by, when");
      browser.clickable(By.id("queue:export-csv")).click();
      List<List<String>> csv = csv(browser.downloaded("atrium-partner-mismatches.csv"));
      assertThat(csv.get(0)).isEqualTo(headers);
      List<List<String>> lines = csv.subList(1, csv.size());
      // the file holds the page's cells; the page shows "—" where a side is missing
      assertThat(lines)
          .extracting(r -> r.subList(0, 5))
          .isEqualTo(shown.stream().map(r -> r.subList(0, 5)).toList());
      assertThat(lines.get(0).subList(5, 7))
          .containsExactly("", zh ? "转入 50 / 500" : "In 50 / 500");
      assertThat(lines.get(1).subList(5, 7))
          .containsExactly(zh ? "转出 200 / 16" : "Out 200 / 16", "");
      assertThat(column(lines, 7)).isEqualTo(column(shown, 7));

      browser.clickable(By.id("queue:export-xlsx")).click();
      List<List<String>> sheet = xlsx(browser.downloaded("atrium-partner-mismatches.xlsx"));
      assertThat(sheet.get(0)).isEqualTo(headers);
      assertThat(column(sheet.subList(1, sheet.size()), 4)).containsExactly("LM-9", "LM-3", "LM-2");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void thePartnersAreNarrowedSortedAndExported(String language) throws IOException {
    boolean zh = "zh".equals(language);
    String prefix = "LP" + Fixtures.unique();
    List<String> codes = List.of(prefix + "A", prefix + "B", prefix + "C");
    List<String> deposits = List.of("1200.00", "0.00", "35.50");
    ItDatabase db = RunningAtrium.database();
    for (int i = 0; i < codes.size(); i++) {
      db.update(
          "insert into partner (id, code, name, kind, status, settlement_mode, deposit_balance,"
              + " created_at) values (?, ?, ?, 'TELECOM', 'SUSPENDED', 'PREPAID', ?, ?)",
          db.nextId(),
          codes.get(i),
          "列表伙伴 List partner " + i,
          new BigDecimal(deposits.get(i)),
          Instant.now());
    }
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    String telecom = zh ? "电信运营商" : "Telecom";
    String suspended = zh ? "暂停" : "Suspended";
    String prepaid = zh ? "预付保证金" : "Prepaid deposit";
    String group = zh ? "整个集团" : "The whole group";

    try (Browser browser = Browser.signedIn(finance.username(), finance.password(), language)) {
      browser.open("/operator/clearing/partners.xhtml");
      choose(browser, "list:kind", telecom);
      choose(browser, "list:status", suspended);
      choose(browser, "list:mode", prepaid);
      choose(browser, "list:scope", group);
      refreshed(browser, "list:partners", () -> browser.clickable(By.id("list:search")).click());
      refreshed(
          browser, "list:partners", () -> browser.clickable(By.id("list:partners:code")).click());
      refreshed(
          browser, "list:partners", () -> browser.clickable(By.id("list:partners:code")).click());
      List<List<String>> shown = rows(browser, "list:partners");
      assertThat(column(shown, 0).stream().filter(c -> c.startsWith(prefix)).toList())
          .as("by code, descending")
          .containsExactly(codes.get(2), codes.get(1), codes.get(0));
      assertThat(shown)
          .allSatisfy(
              r -> assertThat(r.subList(2, 6)).containsExactly(telecom, suspended, prepaid, group));
      List<String> first =
          shown.stream().filter(r -> r.get(0).equals(codes.get(0))).findFirst().orElseThrow();
      assertThat(first.get(6)).isEqualTo("1200.00");
      List<String> headers =
          browser.driver.findElements(By.cssSelector("#list\\:partners_head th")).stream()
              .map(th -> th.getText().trim())
              .toList();
      assertThat(headers).startsWith(zh ? "合作伙伴" : "Partner", zh ? "名称" : "Name");

      browser.clickable(By.id("list:export-csv")).click();
      List<List<String>> csv = csv(browser.downloaded("atrium-partners.csv"));
      assertThat(csv.get(0)).isEqualTo(headers);
      assertThat(csv.subList(1, csv.size())).isEqualTo(shown);

      browser.clickable(By.id("list:export-xlsx")).click();
      List<List<String>> sheet = xlsx(browser.downloaded("atrium-partners.xlsx"));
      assertThat(sheet.get(0)).isEqualTo(headers);
      List<List<String>> cells = sheet.subList(1, sheet.size());
      assertThat(cells)
          .extracting(r -> r.subList(0, 6))
          .isEqualTo(shown.stream().map(r -> r.subList(0, 6)).toList());
      // the deposit is a number cell
      for (int i = 0; i < shown.size(); i++) {
        assertThat(new BigDecimal(cells.get(i).get(6)))
            .isEqualByComparingTo(new BigDecimal(shown.get(i).get(6)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void aPartnersAgreementVersionsAndDepositMovementsArePagedSortedAndExported(String language)
      throws IOException {
    boolean zh = "zh".equals(language);
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("644.45"), 0, 0, 180);
    ItDatabase db = RunningAtrium.database();
    long partner = db.longValue("select id from partner where code = ?", p.code);
    LocalDate today = LocalDate.now(ZONE);
    // an older version of the terms, in force from 40 days ago until the current one
    Instant old = today.minusDays(40).atStartOfDay(ZONE).toInstant();
    db.update(
        "insert into partner_agreement (id, partner_id, effective_from, rate_in_from, rate_in_to,"
            + " rate_out_from, rate_out_to, rounding, min_points, max_points,"
            + " member_daily_points, member_monthly_points, partner_daily_points,"
            + " cost_per_point, fee_fixed, fee_percent, reversal_grace_minutes, created_at)"
            + " values (?, ?, ?, 20, 1, 100, 5, 'DOWN', 1, 100, 0, 0, 0, 0.0100, 0.00, 0.00,"
            + " 60, ?)",
        db.nextId(),
        partner,
        old,
        old);
    // three movements on three days: a top-up, an exchange in drawing, another top-up
    Instant t1 = today.minusDays(3).atTime(10, 0).atZone(ZONE).toInstant();
    Instant t2 = today.minusDays(2).atTime(11, 30).atZone(ZONE).toInstant();
    Instant t3 = today.minusDays(1).atTime(9, 15).atZone(ZONE).toInstant();
    movement(partner, "TOP_UP", "500.00", "600.00", "LD-1", t1);
    movement(partner, "EXCHANGE_IN", "-5.55", "594.45", null, t2);
    movement(partner, "TOP_UP", "50.00", "644.45", "LD-2", t3);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    String current =
        (String)
            db.value(
                "select to_char(max(effective_from) at time zone 'Asia/Shanghai',"
                    + " 'YYYY-MM-DD HH24:MI') from partner_agreement where partner_id = ?",
                partner);
    String topUp = zh ? "充值" : "Top-up";
    String drawn = zh ? "转入扣减" : "Exchange in";

    try (Browser browser = Browser.signedIn(finance.username(), finance.password(), language)) {
      browser.open("/operator/clearing/partners.xhtml?partner=" + p.code);
      String agreements = "agreements-form:agreements";
      assertThat(column(rows(browser, agreements), 0))
          .as("the newest version first")
          .containsExactly(current, moment(old));
      // by reversal grace, ascending
      refreshed(browser, agreements, () -> browser.clickable(By.id(agreements + ":grace")).click());
      List<List<String>> versions = rows(browser, agreements);
      assertThat(column(versions, 5)).containsExactly("60", "180");

      browser.clickable(By.id("agreements-form:export-csv")).click();
      List<List<String>> file =
          csv(browser.downloaded("atrium-partner-agreements-" + p.code + ".csv"));
      assertThat(file)
          .containsExactly(
              zh
                  ? List.of(
                      "生效时间", "转入（伙伴单位 : 积分）", "转出（积分 : 伙伴单位）", "每笔积分范围", "手续费（元 + %）", "冲正宽限（分钟）")
                  : List.of(
                      "In force from",
                      "In (partner units : points)",
                      "Out (points : partner units)",
                      "Points per exchange",
                      "Fee (CNY + %)",
                      "Reversal grace (minutes)"),
              List.of(moment(old), "20:1", "100:5", "1–100", "0.00 + 0.00 %", "60"),
              List.of(current, "10:1", "100:8", "10–5000", "0.50 + 1.00 %", "180"));
      // the file holds what the page shows
      assertThat(file.subList(1, 3))
          .isEqualTo(versions.stream().map(r -> r.subList(0, 6)).toList());

      String movements = "movements-form:movements";
      assertThat(column(rows(browser, movements), 4))
          .as("the newest movement first")
          .containsExactly("LD-2", "", "LD-1");
      choose(browser, "movements-form:reason", topUp);
      refreshed(
          browser,
          movements,
          () -> browser.clickable(By.id("movements-form:find-movements")).click());
      assertThat(column(rows(browser, movements), 4)).containsExactly("LD-2", "LD-1");

      choose(browser, "movements-form:reason", zh ? "全部变动" : "Every movement");
      browser.typeDate("movements-form:from", today.minusDays(2).toString());
      browser.typeDate("movements-form:to", today.minusDays(1).toString());
      refreshed(
          browser,
          movements,
          () -> browser.clickable(By.id("movements-form:find-movements")).click());
      // by amount, ascending
      refreshed(browser, movements, () -> browser.clickable(By.id(movements + ":amount")).click());
      List<List<String>> shown = rows(browser, movements);
      List<List<String>> expected =
          List.of(
              List.of(moment(t2), drawn, "-5.55", "594.45", ""),
              List.of(moment(t3), topUp, "50.00", "644.45", "LD-2"));
      assertThat(shown).isEqualTo(expected);

      browser.clickable(By.id("movements-form:export-csv")).click();
      List<List<String>> deposit =
          csv(browser.downloaded("atrium-partner-deposit-" + p.code + ".csv"));
      assertThat(deposit.get(0))
          .containsExactly(
              zh
                  ? new String[] {"时间", "变动", "金额（元）", "变动后余额（元）", "付款流水号"}
                  : new String[] {
                    "When", "Movement", "Amount (CNY)", "Deposit after (CNY)", "Payment reference"
                  });
      assertThat(deposit.subList(1, deposit.size())).isEqualTo(expected);
    }
  }

  private static void movement(
      long partner, String reason, String amount, String after, String reference, Instant at) {
    ItDatabase db = RunningAtrium.database();
    db.update(
        "insert into partner_deposit_movement (id, partner_id, reason, amount, balance_after,"
            + " created_at, reference) values (?, ?, ?, ?, ?, ?, ?)",
        db.nextId(),
        partner,
        reason,
        new BigDecimal(amount),
        new BigDecimal(after),
        at,
        reference);
  }

  /** An instant as the portal writes it: the mall's zone, to the minute. */
  private static String moment(Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZONE));
  }

  private static void choose(Browser browser, String menu, String label) {
    browser.choose(
        By.id(menu),
        By.xpath("//*[@id='" + menu + "_panel']//li[@data-label='" + label + "']"),
        By.id(menu + "_label"),
        label);
  }

  /** Runs {@code action} and waits until the table it updates is a new one, settled. */
  private static void refreshed(Browser browser, String table, Runnable action) {
    WebElement before = browser.driver.findElement(By.cssSelector(css(table) + "_data > tr"));
    action.run();
    browser.wait.until(ExpectedConditions.stalenessOf(before));
    browser.awaitAjaxIdle();
  }

  private static String css(String id) {
    return "#" + id.replace(":", "\\:");
  }

  /** The table's rows, each cell as the page shows it. */
  private static List<List<String>> rows(Browser browser, String table) {
    return browser.driver.findElements(By.cssSelector(css(table) + "_data > tr")).stream()
        .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
        .map(
            tr ->
                tr.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList())
        .toList();
  }

  private static List<String> column(List<List<String>> rows, int index) {
    return rows.stream().map(r -> r.get(index)).toList();
  }

  /** A CSV export as a spreadsheet program reads it: UTF-8 after a byte order mark. */
  private static List<List<String>> csv(byte[] file) throws IOException {
    assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return CSVFormat.RFC4180
        .parse(new StringReader(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)))
        .getRecords()
        .stream()
        .map(CSVRecord::toList)
        .toList();
  }

  private static List<List<String>> xlsx(byte[] file) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
      return wb.getFirstSheet().read().stream().map(PartnerListsIT::texts).toList();
    }
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : cell.getText());
    }
    return out;
  }
}
