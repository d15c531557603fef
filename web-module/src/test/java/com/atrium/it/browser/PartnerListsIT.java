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
