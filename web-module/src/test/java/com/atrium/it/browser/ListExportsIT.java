package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * The shared list mechanism on the members list, in both languages (issue 12, point 8): filter
 * (name, tier, registration day), sort a column both ways, export CSV and XLSX, and open both files
 * as a spreadsheet program would: their rows are the rows the page shows, in its order, under its
 * headers.
 */
@ExtendWith(RunningAtrium.class)
class ListExportsIT {

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void aFilteredSortedListExportsExactlyWhatItShows(String language) throws IOException {
    String token = "LST" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    // the letters decide the order in any collation; the Chinese checks the files' encoding
    List<String> names = List.of(token + " A 甲", token + " B 乙", token + " C 丙");
    List<String> cards = new ArrayList<>();
    for (String name : names) {
      cards.add(member(name));
    }
    LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String today = day.toString();
    String yesterday = day.minusDays(1).toString();

    try (Browser browser = Browser.signedIn("service", language)) {
      browser.open("/operator/members/list.xhtml");
      browser.type(By.id("members:query"), token);
      // the day before they registered finds none of them: the range is applied
      browser.typeDate("members:from", yesterday);
      browser.typeDate("members:to", yesterday);
      String standard = "zh".equals(language) ? "普卡" : "Standard";
      browser.choose(
          By.id("members:tier"),
          By.xpath("//*[@id='members:tier_panel']//li[@data-label='" + standard + "']"),
          By.id("members:tier_label"),
          standard);
      refreshed(browser, () -> browser.clickable(By.id("members:search")).click());
      assertThat(rows(browser)).isEmpty();
      browser.typeDate("members:from", today);
      browser.typeDate("members:to", today);
      refreshed(browser, () -> browser.clickable(By.id("members:search")).click());
      assertThat(rows(browser)).hasSize(3);

      refreshed(browser, () -> browser.clickable(By.id("members:table:name")).click());
      assertThat(rows(browser)).extracting(r -> r.get(1)).containsExactlyElementsOf(names);
      refreshed(browser, () -> browser.clickable(By.id("members:table:name")).click());
      List<List<String>> shown = rows(browser);
      assertThat(shown)
          .as("sorted by name, descending")
          .extracting(r -> r.get(1))
          .containsExactly(names.get(2), names.get(1), names.get(0));
      assertThat(shown)
          .extracting(r -> r.get(0))
          .containsExactly(cards.get(2), cards.get(1), cards.get(0));
      assertThat(shown).allSatisfy(r -> assertThat(r.get(3)).isEqualTo(standard));
      List<String> headers =
          browser.driver.findElements(By.cssSelector("#members\\:table_head th")).stream()
              .map(th -> th.getText().trim())
              .toList();
      assertThat(headers).contains("zh".equals(language) ? "卡号" : "Card number");
      browser.screenshot("operator-members-list-" + language + ".png", 1366, 768);

      browser.clickable(By.id("members:export-csv")).click();
      byte[] csv = browser.downloaded("atrium-members.csv");
      assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
      List<CSVRecord> records =
          CSVFormat.RFC4180
              .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
              .getRecords();
      assertThat(records.get(0).toList()).isEqualTo(headers);
      assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList())
          .isEqualTo(shown);

      browser.clickable(By.id("members:export-xlsx")).click();
      byte[] xlsx = browser.downloaded("atrium-members.xlsx");
      try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
        List<List<String>> sheet =
            wb.getFirstSheet().read().stream().map(ListExportsIT::texts).toList();
        assertThat(sheet.get(0)).isEqualTo(headers);
        assertThat(sheet.subList(1, sheet.size())).isEqualTo(shown);
      }
    }
  }

  /** A new member with this name, by a store's POS; its card number. */
  private static String member(String name) {
    String phone = Till.randomPhone().replace(" ", "");
    var created =
        PosClient.demo("FB001")
            .post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"" + name + "\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("cardNumber");
  }

  /** Runs {@code action} and waits until the table it updates is a new one, settled. */
  private static void refreshed(Browser browser, Runnable action) {
    WebElement before = browser.driver.findElement(By.cssSelector("#members\\:table_data > tr"));
    action.run();
    browser.wait.until(ExpectedConditions.stalenessOf(before));
    browser.awaitAjaxIdle();
  }

  /** The table's rows, each cell as the page shows it. */
  private static List<List<String>> rows(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#members\\:table_data > tr")).stream()
        .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message"))
        .map(
            tr ->
                tr.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList())
        .toList();
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
