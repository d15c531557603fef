package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.RunningAtrium;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant manager in the portal (docs/clearing.md, "Tenant statements and disputes"): its
 * statement in review is in the list, opens with its line, and a dispute raised in the dialog (in
 * Chinese) shows under the statement as open, stored once. The run is written directly, on a mall
 * of this test's own: the API's way there is ClearingDisputesIT's.
 */
@ExtendWith(RunningAtrium.class)
class StatementDisputeIT {

  @Test
  void aManagerOpensItsStatementAndRaisesADisputeInTheDialog() {
    ItDatabase db = RunningAtrium.database();
    long mall = db.nextId();
    db.update(
        "insert into mall (id, code, name, zone_id, created_at) values (?, ?, ?, ?, ?)",
        mall,
        "SD" + Fixtures.unique(),
        "对账测试广场 Statement mall",
        "Asia/Shanghai",
        Instant.now());
    long tenant = db.nextId();
    String code = "S" + Fixtures.unique();
    db.update(
        "insert into tenant (id, mall_id, code, name, category, status, created_at)"
            + " values (?, ?, ?, ?, 'FOOD_BEVERAGE', 'ACTIVE', ?)",
        tenant,
        mall,
        code,
        "对账店 " + code,
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
    Fixtures.UserRow manager = Fixtures.manager(tenant);

    try (Browser browser = Browser.chinese()) {
      browser.signIn(manager.username(), manager.password());
      browser.wait.until(ExpectedConditions.urlContains("/merchant/clearing/statements"));
      assertThat(browser.visible(By.cssSelector("[id$='open']")).getText()).isEqualTo("2026-10");
      assertThat(browser.text(By.cssSelector(".a-statement-net"))).isEqualTo("-36.80");
      browser.clickable(By.cssSelector("[id$='open']")).click();
      browser.wait.until(ExpectedConditions.urlContains("/merchant/clearing/statement.xhtml"));
      assertThat(browser.text(By.id("statement-net"))).isEqualTo("-36.80");
      assertThat(browser.text(By.cssSelector("[id$='lines_data']"))).contains("发放积分", "3345");

      browser.clickable(By.id("raise-form:raise-dispute")).click();
      browser.type(By.id("dispute:comment"), "十月的退款已在九月扣除");
      browser.clickable(By.id("dispute:send-dispute")).click();
      browser.awaitAjaxIdle();
      browser.wait.until(
          d -> d.findElement(By.cssSelector("[id$='disputes_data']")).getText().contains("待答复"));
      assertThat(browser.text(By.cssSelector("[id$='disputes_data']"))).contains("十月的退款已在九月扣除");
    }
    assertThat(
            db.rows(
                "select status, comment_text, line_id from clearing_dispute where statement_id = ?",
                statement))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("status")).isEqualTo("OPEN");
              assertThat(r.get("comment_text")).isEqualTo("十月的退款已在九月扣除");
              assertThat(r.get("line_id")).isNull();
            });
  }
}
