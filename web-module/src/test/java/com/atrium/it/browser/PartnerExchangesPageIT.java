package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.ItPartner;
import com.atrium.it.RunningAtrium;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Finance finds partner exchanges in the portal, in both languages (docs/partners.md, "Finding
 * exchanges"): a partner's exchanges newest first, exported as CSV with exactly those rows (every
 * column in the page's language), the one exchange out pending past the configured 120 minutes
 * flagged and listed alone with {@code ?overdue=true}, and a search by transaction id.
 */
@ExtendWith(RunningAtrium.class)
class PartnerExchangesPageIT {

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void financeSeesTheOverduePendingExchangeExportsAndFindsOne(String language) throws IOException {
    boolean zh = "zh".equals(language);
    ItPartner p = ItPartner.postpaid();
    String phone = p.linkNewMember("PX-M");
    assertThat(p.in("PX-IN", "PX-M", 5000).status()).isEqualTo(201);
    assertThat(p.out("PX-OLD", "PX-M", 200).status()).isEqualTo(201);
    assertThat(p.out("PX-NEW", "PX-M", 100).status()).isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    // the partner has left PX-OLD unanswered for three hours
    db.update(
        "update partner_exchange set requested_at = requested_at - interval '3 hours'"
            + " where partner_txn_id = 'PX-OLD' and partner_id = (select id from partner"
            + " where code = ?)",
        p.code);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    String pending = zh ? "待确认" : "Pending";
    String completed = zh ? "已完成" : "Completed";
    String in = zh ? "转入" : "In";
    String out = zh ? "转出" : "Out";
    String card = (String) db.value("select card_number from member where phone = ?", phone);
    String masked = card.substring(0, 2) + "******" + card.substring(8);

    try (Browser browser = Browser.signedIn(finance.username(), finance.password(), language)) {
      browser.open("/operator/clearing/partner-exchanges.xhtml?partner=" + p.code);
      assertThat(txns(browser)).containsExactly("PX-NEW", "PX-IN", "PX-OLD");
      assertThat(browser.text(By.id("search:table_data"))).contains(pending, completed);
      assertThat(browser.driver.findElements(By.cssSelector(".a-overdue"))).hasSize(1);

      // the export holds the rows shown, in their order, each cell in the page's language
      browser.clickable(By.id("search:export-csv")).click();
      List<List<String>> csv = csv(browser.downloaded("atrium-partner-exchanges.csv"));
      assertThat(csv.get(0))
          .containsExactly(
              zh
                  ? new String[] {
                    "状态",
                    "合作伙伴交易号",
                    "合作伙伴",
                    "营业日",
                    "合作伙伴会员编号",
                    "会员卡号",
                    "方向",
                    "积分",
                    "伙伴单位",
                    "手续费（元）",
                    "申请时间",
                    "完成时间"
                  }
                  : new String[] {
                    "State",
                    "Partner's transaction id",
                    "Partner",
                    "Business day",
                    "Partner's member reference",
                    "Card number",
                    "Direction",
                    "Points",
                    "Partner units",
                    "Fee (CNY)",
                    "Requested",
                    "Settled"
                  });
      assertThat(csv.subList(1, csv.size()))
          .containsExactly(
              List.of(
                  pending,
                  "PX-NEW",
                  p.code,
                  day(p, "PX-NEW"),
                  "PX-M",
                  masked,
                  out,
                  "100",
                  "8",
                  "0.51",
                  moment(p, "PX-NEW", "requested_at"),
                  ""),
              List.of(
                  completed,
                  "PX-IN",
                  p.code,
                  day(p, "PX-IN"),
                  "PX-M",
                  masked,
                  in,
                  "500",
                  "5000",
                  "0.55",
                  moment(p, "PX-IN", "requested_at"),
                  moment(p, "PX-IN", "settled_at")),
              List.of(
                  pending,
                  "PX-OLD",
                  p.code,
                  day(p, "PX-OLD"),
                  "PX-M",
                  masked,
                  out,
                  "200",
                  "16",
                  "0.52",
                  moment(p, "PX-OLD", "requested_at"),
                  ""));

      browser.open("/operator/clearing/partner-exchanges.xhtml?overdue=true&partner=" + p.code);
      assertThat(txns(browser)).containsExactly("PX-OLD");
      assertThat(browser.text(By.id("search:table_data")))
          .contains(zh ? "超时" : "Overdue", out, "200", "16");

      browser.open("/operator/clearing/partner-exchanges.xhtml?partner=" + p.code);
      browser.type(By.id("search:txn"), "PX-NEW");
      browser.clickable(By.id("search:find")).click();
      browser.wait.until(d -> txns(browser).equals(List.of("PX-NEW")));
    }
  }

  private static List<String> txns(Browser browser) {
    return browser.driver.findElements(By.cssSelector("#search\\:table_data .a-txn")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The exchange's business day, as the database holds it. */
  private static String day(ItPartner p, String txn) {
    return (String)
        RunningAtrium.database()
            .value(
                "select to_char(business_day, 'YYYY-MM-DD') from partner_exchange"
                    + " where partner_txn_id = ? and partner_id = (select id from partner"
                    + " where code = ?)",
                txn,
                p.code);
  }

  /** A time of the exchange in the mall's zone, to the minute, as the portal writes it. */
  private static String moment(ItPartner p, String txn, String column) {
    return (String)
        RunningAtrium.database()
            .value(
                "select to_char("
                    + column
                    + " at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') from partner_exchange"
                    + " where partner_txn_id = ? and partner_id = (select id from partner"
                    + " where code = ?)",
                txn,
                p.code);
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
}
