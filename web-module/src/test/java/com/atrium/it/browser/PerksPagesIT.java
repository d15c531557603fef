package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.ItPlates;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The operator's parking and WiFi pages: in Chinese the settings of Star Harbour (the demo
 * configuration, with its holiday calendar), today's car park session (the plate masked) and
 * today's WiFi authorisation; in English a past day's parking report (minutes by reason, who pays,
 * exact to the fen) and the member page's section with the plate, the remembered device and the
 * visit. The car park's exit goes through the API with the demo XH key; the WiFi rows are written
 * directly (WifiIT covers how the API makes them).
 */
@ExtendWith(RunningAtrium.class)
class PerksPagesIT {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final PosClient PARK =
      PosClient.of(new Fixtures.MachineKey("park-xh", "demo-secret-park-xh", "CAR_PARK"));

  record Member(long id, String phone, String plate, String masked, String card) {}

  static Member member(String region) {
    String phone = "135" + String.format("%08d", ThreadLocalRandom.current().nextLong(100_000_000));
    String digits = String.format("%05d", ThreadLocalRandom.current().nextLong(100_000));
    assertThat(
            PosClient.demo("FB001")
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Perks 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long id = db.longValue("select id from member where phone = ?", phone);
    String plate = region + digits;
    String masked = region + "·***" + digits.substring(3);
    ItPlates.bind(id, plate, masked);
    String card = (String) db.value("select card_number from member where id = ?", id);
    return new Member(
        id, phone, plate, masked, card.substring(0, 2) + "******" + card.substring(8));
  }

  @Test
  void inChineseTheSettingsTodaysSessionAndTodaysAuthorisation() {
    Member m = member("皖A");
    String session = "IT-PG-" + Fixtures.unique();
    Instant entered = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    var entry =
        PARK.post(
                "/api/v1/parking/entries",
                "{\"sessionId\":\""
                    + session
                    + "\",\"plate\":\""
                    + m.plate()
                    + "\",\"enteredAt\":\""
                    + entered
                    + "\"}")
            .send();
    assertThat(entry.status()).as(entry.body()).isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    String accessPoint = "AP-" + Fixtures.unique();
    db.update(
        "insert into wifi_authorisation (id, mall_id, member_id, method, result, reason, mac_hash,"
            + " access_point, session_minutes, up_kbps, down_kbps, quota_bytes_left, created_at)"
            + " values (?, ?, ?, 'CODE', 'GRANTED', null, ?, ?, 120, 2048, 4096, 524288000, now())",
        db.nextId(),
        Fixtures.mallId("XH"),
        m.id(),
        macHash(),
        accessPoint);

    try (Browser browser = Browser.signedIn("service", "zh")) {
      browser.open("/operator/perks.xhtml?mall=" + Fixtures.mallId("XH"));
      assertThat(browser.text(By.id("free-minutes-STANDARD"))).isEqualTo("60");
      assertThat(browser.text(By.id("free-minutes-DIAMOND"))).isEqualTo("240");
      assertThat(browser.text(By.id("spend-bonuses")))
          .isEqualTo("¥200.00 → 60 分钟 · ¥500.00 → 120 分钟 · ¥1000.00 → 240 分钟");
      assertThat(browser.text(By.id("spend-bonuses-holiday")))
          .isEqualTo("¥300.00 → 60 分钟 · ¥800.00 → 180 分钟 · ¥1500.00 → 240 分钟");
      assertThat(browser.text(By.id("holidays")))
          .startsWith("2026-01-01, 2026-02-16, 2026-02-17")
          .endsWith("2026-10-05, 2026-10-06, 2026-10-07");
      assertThat(browser.text(By.id("workdays")))
          .isEqualTo("2026-02-14, 2026-02-28, 2026-05-09, 2026-09-27, 2026-10-10");
      assertThat(browser.text(By.id("max-free-hours"))).isEqualTo("4");
      assertThat(browser.text(By.id("points-per-hour"))).isEqualTo("500");
      assertThat(browser.text(By.id("free-hour-cost"))).isEqualTo("¥10.00");
      assertThat(browser.text(By.id("spend-cost"))).isEqualTo("商户，按销售额比例");
      assertThat(browser.text(By.id("quota-GOLD"))).isEqualTo("2048");
      assertThat(browser.text(By.id("down-DIAMOND"))).isEqualTo("51200");
      assertThat(browser.text(By.id("session-minutes"))).isEqualTo("120");
      assertThat(browser.text(By.id("visit-points"))).isEqualTo("20");
      assertThat(browser.text(By.id("log-retention"))).isEqualTo("180");

      By row = By.xpath("//tr[td//span[text()='" + session + "']]");
      assertThat(browser.text(row))
          .contains(m.masked())
          .contains(m.card())
          .contains("在场")
          .doesNotContain(m.plate());
      By auth = By.xpath("//tr[td//span[text()='" + accessPoint + "']]");
      assertThat(browser.text(auth)).contains(m.card()).contains("验证码").contains("通过");
    }
  }

  @Test
  void inEnglishAPastDaysReportAndTheMembersSection() {
    Member m = member("皖B");
    ItDatabase db = RunningAtrium.database();
    long xh = Fixtures.mallId("XH");
    // a day of the last 30 (a sale may be posted that late) that only this test uses
    LocalDate day = LocalDate.now(ZONE).minusDays(23);
    db.update(
        "delete from parking_charge where mall_id = ? and business_day = ?",
        xh,
        java.sql.Date.valueOf(day));
    db.update(
        "delete from parking_spend_sale where settlement_id in (select id from parking_settlement"
            + " where mall_id = ? and business_day = ?)",
        xh,
        java.sql.Date.valueOf(day));
    db.update(
        "delete from parking_settlement where mall_id = ? and business_day = ?",
        xh,
        java.sql.Date.valueOf(day));
    Instant exit = day.atTime(18, 0).atZone(ZONE).toInstant();
    Instant entry = exit.minus(300, ChronoUnit.MINUTES);
    // 300.00 reaches the lowest threshold on workdays and holidays alike: 60 spend minutes
    sale("FB001", m.phone(), "200.00", exit.minus(2, ChronoUnit.HOURS));
    sale("FB003", m.phone(), "100.00", exit.minus(1, ChronoUnit.HOURS));
    String session = "IT-PR-" + Fixtures.unique();
    var settled =
        PARK.post(
                "/api/v1/parking/settlements",
                "{\"sessionId\":\""
                    + session
                    + "\",\"plate\":\""
                    + m.plate()
                    + "\",\"enteredAt\":\""
                    + entry
                    + "\",\"exitedAt\":\""
                    + exit
                    + "\",\"feeFen\":2500,\"appliedMinutes\":120,\"appliedFen\":1000,\"points\":0}")
            .send();
    assertThat(settled.status()).as(settled.body()).isEqualTo(201);
    String hash = macHash();
    db.update(
        "insert into wifi_device (id, mall_id, mac_hash, member_id, remembered_until, created_at)"
            + " values (?, ?, ?, ?, ?, now())",
        db.nextId(),
        xh,
        hash,
        m.id(),
        Timestamp.from(LocalDate.now(ZONE).plusDays(12).atTime(12, 0).atZone(ZONE).toInstant()));
    db.update(
        "insert into wifi_visit (id, mall_id, member_id, business_day, session_id, points,"
            + " created_at) values (?, ?, ?, ?, ?, 20, now())",
        db.nextId(),
        xh,
        m.id(),
        java.sql.Date.valueOf(day),
        db.nextId());

    try (Browser browser = Browser.signedIn("finance", "en")) {
      browser.open("/operator/perks-report.xhtml?mall=" + xh + "&day=" + day);
      assertThat(browser.text(By.id("report-settlements"))).isEqualTo("1");
      assertThat(browser.text(By.id("report-tier"))).isEqualTo("60");
      assertThat(browser.text(By.id("report-spend"))).isEqualTo("60");
      assertThat(browser.text(By.id("report-partner"))).isEqualTo("0");
      assertThat(browser.text(By.id("report-points"))).isEqualTo("0");
      assertThat(browser.text(By.id("report-discount"))).isEqualTo("¥10.00");
      String[][] payers = {
        {"Operator", "60.00", "¥10.00"}, {"FB001", "40.00", "¥6.67"}, {"FB003", "20.00", "¥3.33"}
      };
      for (int i = 0; i < payers.length; i++) {
        assertThat(browser.text(By.id("payer-" + i))).isEqualTo(payers[i][0]);
        assertThat(browser.text(By.id("payer-minutes-" + i))).isEqualTo(payers[i][1]);
        assertThat(browser.text(By.id("payer-amount-" + i))).isEqualTo(payers[i][2]);
      }
      assertThat(browser.driver.findElements(By.id("payer-3"))).isEmpty();
      assertThat(browser.text(By.id("report-cost"))).isEqualTo("¥20.00");
      browser.wait.until(
          d ->
              d.findElements(By.cssSelector("#minutes-chart canvas, #cost-chart canvas")).size()
                  == 2);

      browser.open("/operator/members/view.xhtml?id=" + m.id());
      assertThat(browser.text(By.id("member-plate-0"))).isEqualTo(m.masked());
      assertThat(browser.text(By.id("member-perks"))).doesNotContain(m.plate());
      assertThat(browser.text(By.id("device-mall-0"))).isEqualTo("XH");
      assertThat(browser.text(By.id("device-0"))).isEqualTo(hash.substring(0, 8));
      assertThat(browser.text(By.id("device-until-0")))
          .isEqualTo(LocalDate.now(ZONE).plusDays(12).toString());
      assertThat(browser.text(By.id("visit-day-0"))).isEqualTo(day.toString());
      assertThat(browser.text(By.id("visit-points-0"))).isEqualTo("20");
    }
  }

  @Test
  void theTillSaysWhenASaleUnlockedParkingMinutes() {
    try (Browser browser = Browser.signedIn("fb001", "en")) {
      Till till = new Till(browser);
      till.registerNewMember(Till.randomPhone(), "Till parking");
      // amounts whose thresholds give the same minutes on workdays and holidays
      till.recordSale(new BigDecimal("350.00"), Till.randomReceipt());
      assertThat(browser.text(By.id("parking-unlocked")))
          .isEqualTo(
              "This sale unlocked 60 more free parking minutes today (60 in all for ¥350.00 spent"
                  + " in this mall today).");
      till.recordSale(new BigDecimal("1200.00"), Till.randomReceipt());
      assertThat(browser.text(By.id("parking-unlocked")))
          .isEqualTo(
              "This sale unlocked 180 more free parking minutes today (240 in all for ¥1550.00"
                  + " spent in this mall today).");
      till.recordSale(new BigDecimal("10.00"), Till.randomReceipt());
      assertThat(browser.driver.findElements(By.id("parking-unlocked")))
          .as("the top threshold was reached already")
          .isEmpty();
    }
  }

  static String macHash() {
    byte[] b = new byte[32];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  static void sale(String tenant, String phone, String amount, Instant at) {
    var r =
        PosClient.demo(tenant)
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"PG-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + new BigDecimal(amount)
                    + ",\"occurredAt\":\""
                    + at
                    + "\"}")
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }
}
