package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Finance's desk pages (docs/clearing.md, "Pages"): a tenant manager's dispute, raised through the
 * merchant API on a run in review written directly on a mall of this test's own, is counted on the
 * run's page, listed on the disputes page with its text and line, refused a correction of three
 * decimals at the field, and accepted with 12.50; the answer shows and is stored once.
 */
@ExtendWith(RunningAtrium.class)
class ClearingDeskPagesIT {

  /** A tenant of a new mall with a statement in review of one 3,345-point charge line. */
  record InReview(String mallCode, long tenant, String tenantCode, long run, long statement) {}

  static InReview inReview() {
    ItDatabase db = RunningAtrium.database();
    long mall = db.nextId();
    String mallCode = "DK" + Fixtures.unique();
    db.update(
        "insert into mall (id, code, name, zone_id, created_at) values (?, ?, ?, ?, ?)",
        mall,
        mallCode,
        "争议测试广场 Desk mall",
        "Asia/Shanghai",
        Instant.now());
    long tenant = db.nextId();
    String code = "D" + Fixtures.unique();
    db.update(
        "insert into tenant (id, mall_id, code, name, category, status, created_at)"
            + " values (?, ?, ?, ?, 'FOOD_BEVERAGE', 'ACTIVE', ?)",
        tenant,
        mall,
        code,
        "争议店 " + code,
        Instant.now());
    long run = db.nextId();
    db.update(
        "insert into clearing_run (id, mall_id, period_kind, period_start, period_end, zone_id,"
            + " booked_from, booked_to, breakage_share_percent, status, digest, started_by,"
            + " started_at, computed_by, computed_at, submitted_by, submitted_at, version)"
            + " values (?, ?, 'MONTH', date '2026-10-01', date '2026-11-01', 'Asia/Shanghai',"
            + " timestamptz '2026-09-30T16:00:00Z', timestamptz '2026-10-31T16:00:00Z', 0,"
            + " 'IN_REVIEW', repeat('0', 64), 'it', now(), 'it', now(), 'it', now(), 0)",
        run,
        mall);
    long statement = db.nextId();
    db.update(
        "insert into clearing_statement (id, run_id, ordinal, party_kind, party_id, party_code,"
            + " net, line_count) values (?, ?, 0, 'TENANT', ?, ?, -36.80, 1)",
        statement,
        run,
        tenant,
        code);
    db.update(
        "insert into clearing_line (id, statement_id, ordinal, kind, rate_from, rate_to, points,"
            + " rate, amount) values (?, ?, 0, 'ISSUANCE_CHARGE', timestamptz"
            + " '2026-09-30T16:00:00Z', timestamptz '2026-10-31T16:00:00Z', 3345, 0.0110, -36.80)",
        db.nextId(),
        statement);
    return new InReview(mallCode, tenant, code, run, statement);
  }

  @Test
  void financeAcceptsAManagersDisputeWithACorrectionOnTheDisputesPage() {
    InReview data = inReview();
    Fixtures.UserRow manager = Fixtures.manager(data.tenant());
    PortalClient merchant = new PortalClient("en");
    assertThat(merchant.login(manager.username(), manager.password()).redirectPath()).isPresent();
    long lineId =
        RunningAtrium.database()
            .longValue("select id from clearing_line where statement_id = ?", data.statement());
    var raised =
        merchant.postJson(
            "/api/v1/merchant/clearing/statements/" + data.statement() + "/disputes",
            "{\"lineId\":" + lineId + ",\"comment\":\"The 9 October sale was refunded in full\"}");
    assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");

    try (Browser en = Browser.signedIn(finance.username(), finance.password(), "en")) {
      en.open("/operator/clearing/run.xhtml?id=" + data.run());
      assertThat(en.text(By.id("open-disputes"))).isEqualTo("1");
      click(en, By.cssSelector("[id$='run-disputes']"));
      en.wait.until(ExpectedConditions.urlContains("/operator/clearing/disputes.xhtml"));
      assertThat(en.text(By.cssSelector(".a-page-title"))).isEqualTo("Disputes of statements");
      assertThat(en.text(By.id("disputes:table")))
          .contains(data.tenantCode(), "2026-10-01", "Open", "The 9 October sale was refunded");

      click(en, By.cssSelector("[id$=':show']"));
      en.visible(By.id("answer-dialog"));
      assertThat(en.text(By.id("dispute-comment")))
          .isEqualTo("The 9 October sale was refunded in full");
      assertThat(en.text(By.id("dispute-line")))
          .contains("Points funded", "3,345", "0.0110", "-36.80");

      // a fraction of a fen is the service's refusal, at the field
      en.type(By.id("answer:correction"), "1.234");
      en.type(By.id("answer:comment"), "Refund counted twice; corrected next month");
      click(en, By.id("answer:send-answer"));
      en.awaitAjaxIdle();
      assertThat(en.text(By.xpath(fieldMessage("answer:correction"))))
          .startsWith("An accepted dispute needs a correction in CNY");
      assertThat(en.text(By.id("dispute-status"))).isEqualTo("Open");

      en.type(By.id("answer:correction"), "12.50");
      click(en, By.id("answer:send-answer"));
      en.awaitAjaxIdle();
      en.wait.until(ExpectedConditions.textToBe(By.id("dispute-status"), "Accepted"));
      assertThat(en.text(By.id("dispute-correction"))).isEqualTo("12.50");
      assertThat(en.text(By.id("dispute-answer")))
          .contains("Refund counted twice; corrected next month", finance.username());
      en.screenshot("operator-clearing-disputes-en.png", 1280, 900);
      assertThat(en.text(By.id("disputes:table"))).contains("Accepted", "12.50");
    }
    assertThat(
            RunningAtrium.database()
                .rows(
                    "select status, correction, answer_text from clearing_dispute"
                        + " where statement_id = ?",
                    data.statement()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("status")).isEqualTo("ACCEPTED");
              assertThat(r.get("correction")).isEqualTo(new BigDecimal("12.50"));
              assertThat(r.get("answer_text"))
                  .isEqualTo("Refund counted twice; corrected next month");
            });

    try (Browser zh = Browser.signedIn(finance.username(), finance.password(), "zh")) {
      click(zh, By.id("menu-clearing-disputes"));
      zh.wait.until(ExpectedConditions.urlContains("/operator/clearing/disputes"));
      assertThat(zh.text(By.cssSelector(".a-page-title"))).isEqualTo("对账单争议");
      zh.open("/operator/clearing/disputes.xhtml?mall=" + data.mallCode());
      assertThat(zh.text(By.id("disputes:table"))).contains(data.tenantCode(), "已同意", "12.50");
      zh.screenshot("operator-clearing-disputes-zh.png", 1280, 760);
      assertThat(zh.scrollsSideways(1024, 768)).as("disputes page at 1024").isFalse();
    }
  }

  @Test
  void financeBuysABlockForAPrepaidTenantOnceByItsReference() {
    InReview data = inReview();
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient api = new PortalClient("en");
    assertThat(api.login(finance.username(), finance.password()).redirectPath()).isPresent();
    var terms =
        api.postJson(
            "/api/v1/operator/clearing/tenants/" + data.tenant() + "/terms",
            "{\"costPerPoint\":0.0110,\"reimbursementPerPoint\":0.0095,\"clearingFeePercent\":0,"
                + "\"settlementMode\":\"PREPAID\"}");
    assertThat(terms.status()).as(terms.body()).isEqualTo(201);
    String reference = "INV-" + Fixtures.unique();

    try (Browser en = Browser.signedIn(finance.username(), finance.password(), "en")) {
      click(en, By.id("menu-clearing-blocks"));
      en.wait.until(ExpectedConditions.urlContains("/operator/clearing/blocks"));
      assertThat(en.text(By.cssSelector(".a-page-title"))).isEqualTo("Prepaid blocks");
      en.open("/operator/clearing/blocks.xhtml?tenant=" + data.tenant());
      assertThat(en.text(By.id("block-heading"))).startsWith(data.tenantCode());
      assertThat(en.text(By.id("block-mode"))).isEqualTo("Prepaid");
      assertThat(en.text(By.id("block-balance"))).isEqualTo("0");
      assertThat(en.text(By.id("block-alert"))).isEqualTo("No block bought");

      click(en, By.id("standing:new-purchase"));
      en.visible(By.id("purchase-dialog"));
      en.type(By.id("purchase:points"), "1,000.5");
      en.type(By.id("purchase:reference"), reference);
      click(en, By.id("purchase:buy"));
      en.awaitAjaxIdle();
      assertThat(en.text(By.xpath(fieldMessage("purchase:points")))).isNotBlank();

      en.type(By.id("purchase:points"), "1000");
      en.type(By.id("purchase:note"), "Q4 block");
      click(en, By.id("purchase:buy"));
      en.awaitAjaxIdle();
      en.wait.until(ExpectedConditions.textToBe(By.id("block-balance"), "1,000"));
      assertThat(en.text(By.id("block-opening"))).isEqualTo("0");
      assertThat(en.text(By.id("block-purchased"))).isEqualTo("1,000");
      assertThat(en.text(By.id("block-drawn"))).isEqualTo("0");
      assertThat(en.text(By.id("block-alert"))).isEqualTo("Above the threshold");
      assertThat(en.text(By.cssSelector("[id$='purchases_data']")))
          .contains(reference, "Q4 block", "1,000", "0.0110", "11.00", "200");

      // the same purchase again answers the one recorded: nothing new
      click(en, By.id("standing:new-purchase"));
      en.visible(By.id("purchase:points"));
      en.type(By.id("purchase:points"), "1000");
      en.type(By.id("purchase:reference"), reference);
      en.type(By.id("purchase:note"), "Q4 block");
      click(en, By.id("purchase:buy"));
      en.awaitAjaxIdle();
      en.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("growl_container"), "was recorded already"));
      assertThat(en.text(By.id("block-balance"))).isEqualTo("1,000");
      en.open("/operator/clearing/blocks.xhtml?tenant=" + data.tenant());
      assertThat(en.text(By.id("block-balance"))).isEqualTo("1,000");
      en.screenshot("operator-clearing-blocks-en.png", 1280, 900);
    }
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from prepaid_block_purchase where tenant_id = ?",
                    data.tenant()))
        .isEqualTo(1);

    try (Browser zh = Browser.signedIn(finance.username(), finance.password(), "zh")) {
      zh.open("/operator/clearing/blocks.xhtml?tenant=" + data.tenant());
      assertThat(zh.text(By.id("block-mode"))).isEqualTo("预付");
      assertThat(zh.text(By.id("block-balance"))).isEqualTo("1,000");
      zh.screenshot("operator-clearing-blocks-zh.png", 1280, 900);
      assertThat(zh.scrollsSideways(1024, 768)).as("blocks page at 1024").isFalse();
    }
  }

  /** The message under an input of the project's field tag. */
  static String fieldMessage(String inputId) {
    return "//*[@id='"
        + inputId
        + "']/ancestor::div[contains(@class,'a-field')][1]"
        + "//*[contains(@class,'ui-message-error')]";
  }

  static void click(Browser b, By by) {
    var element = b.clickable(by);
    ((JavascriptExecutor) b.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    b.clickable(by).click();
  }
}
