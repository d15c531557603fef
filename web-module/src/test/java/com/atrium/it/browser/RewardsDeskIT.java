package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The operator's rewards, in both languages: a reward is created in the catalog (its validity shown
 * by first and last day, on the page and in its CSV and XLSX exports), redeemed for a member at the
 * service desk (member's name and balance readable, coupon code and QR shown, points debited), and
 * cancelled again (points back).
 */
@ExtendWith(RunningAtrium.class)
class RewardsDeskIT {

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void operatorCreatesARewardRedeemsItAtTheDeskAndCancelsIt(String language) throws IOException {
    boolean zh = "zh".equals(language);
    String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000));
    PosClient pos = PosClient.demo("FB001");
    assertThat(
            pos.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Desk 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    assertThat(
            pos.post(
                    "/api/v1/pos/sales",
                    "{\"phone\":\""
                        + phone
                        + "\",\"receiptNumber\":\"DESK-"
                        + phone
                        + "\",\"amount\":500}")
                .send()
                .status())
        .isEqualTo(201);
    long balance =
        RunningAtrium.database()
            .longValue(
                "select a.balance from ledger_account a join member m on m.id = a.member_id"
                    + " where m.phone = ?",
                phone);
    String code = "DESK" + Fixtures.unique();
    String name = "Umbrella " + code;

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    try (Browser browser = Browser.signedIn("admin", language)) {
      browser.open("/operator/rewards/list.xhtml");
      browser.type(By.id("reward:code"), code);
      browser.type(By.id("reward:name"), name);
      browser.typeDate("reward:from", today);
      // valid through the last day of March: stored as the start of April 1st, shown as entered
      browser.typeDate("reward:until", "2027-03-31");
      replace(browser, By.id("reward:price"), "120");
      replace(browser, By.id("reward:stock"), "3");
      browser.clickable(By.id("reward:save-reward")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("catalog:table"), code));
      String window = today + " – 2027-03-31";
      assertThat(
              browser.text(
                  By.xpath(
                      "//tbody[@id='catalog:table_data']/tr[td[1][normalize-space()='"
                          + code
                          + "']]/td[8]")))
          .isEqualTo(window);
      browser.clickable(By.id("catalog:export-csv")).click();
      byte[] csv = browser.downloaded("atrium-rewards.csv");
      assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
      List<List<String>> csvRows =
          CSVFormat.RFC4180
              .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))
              .getRecords()
              .stream()
              .map(CSVRecord::toList)
              .toList();
      assertThat(csvRows.get(0).get(7)).isEqualTo(zh ? "有效期" : "Valid");
      assertThat(csvRows.stream().filter(r -> r.get(0).equals(code)).toList())
          .singleElement()
          .satisfies(r -> assertThat(r.get(7)).isEqualTo(window));
      browser.clickable(By.id("catalog:export-xlsx")).click();
      byte[] xlsx = browser.downloaded("atrium-rewards.xlsx");
      try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
        List<List<String>> sheet =
            wb.getFirstSheet().read().stream().map(RewardsDeskIT::texts).toList();
        assertThat(sheet.stream().filter(r -> r.get(0).equals(code)).toList())
            .singleElement()
            .satisfies(r -> assertThat(r.get(7)).isEqualTo(window));
      }

      browser.open("/operator/rewards/redeem.xhtml");
      browser.type(By.id("find:identifier"), phone);
      browser.clickable(By.id("find:find-member")).click();
      assertThat(Till.digits(browser.text(By.id("desk-balance")))).isEqualTo(balance);
      // the member's details on the desk's white card meet WCAG AA (they were #e2e8f0, 1.23:1)
      assertThat(browser.contrast(By.id("desk-member"))).isGreaterThanOrEqualTo(4.5);
      assertThat(browser.contrast(By.id("desk-balance"))).isGreaterThanOrEqualTo(4.5);
      // choose the reward in the select PrimeFaces submits (its overlay list is long here)
      long rewardId =
          RunningAtrium.database().longValue("select id from reward where code = ?", code);
      ((org.openqa.selenium.JavascriptExecutor) browser.driver)
          .executeScript(
              "document.getElementById('redeem:reward-choice_input').value = arguments[0];",
              String.valueOf(rewardId));
      browser.clickable(By.id("redeem:redeem-button")).click();
      try {
        browser.visible(By.id("coupon-code"));
      } catch (RuntimeException e) {
        throw new AssertionError(browser.driver.findElement(By.tagName("body")).getText(), e);
      }
      assertThat(browser.text(By.id("coupon-code")))
          .matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}[0-9A-HJKMNP-TV-Z]");
      assertThat(Till.digits(browser.text(By.id("desk-balance")))).isEqualTo(balance - 120);
      assertThat(browser.visible(By.cssSelector("#coupon img")).getAttribute("src"))
          .startsWith("data:image/svg+xml;base64,");
      assertThat(stock(code)).isEqualTo(2);

      browser.clickable(By.id("coupon:cancel-redemption")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("coupon"), zh ? "已取消" : "Cancelled"));
      assertThat(Till.digits(browser.text(By.id("desk-balance")))).isEqualTo(balance);
      assertThat(stock(code)).isEqualTo(3);
    }
  }

  /** Types over a PrimeFaces number input, which keeps its value through clear(). */
  private static void replace(Browser browser, By input, String text) {
    var element = browser.clickable(input);
    element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    element.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    element.sendKeys(text);
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      out.add(cell == null ? "" : cell.getText());
    }
    return out;
  }

  private static long stock(String code) {
    return RunningAtrium.database().longValue("select stock from reward where code = ?", code);
  }
}
