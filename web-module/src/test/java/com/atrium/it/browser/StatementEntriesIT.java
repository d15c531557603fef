package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ClearingDay;
import com.atrium.it.Fixtures;
import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A tenant manager's drill-down in the portal (docs/clearing.md, "Pages"): the day of {@link
 * ClearingDay} run and submitted by finance through the API; tenant A's manager opens its statement
 * (in English), drills into each line and sees its one entry with the member's masked card number,
 * listed to the line's points.
 */
@ExtendWith(RunningAtrium.class)
class StatementEntriesIT {

  @Test
  void aManagerDrillsIntoItsOwnLinesAndSeesMembersMasked() {
    ClearingDay data = ClearingDay.booked();
    long statement = submittedStatementOf(data);
    Fixtures.UserRow manager = Fixtures.manager(data.a().id());

    try (Browser en = Browser.english()) {
      en.signIn(manager.username(), manager.password());
      en.wait.until(ExpectedConditions.urlContains("/merchant/clearing/statements"));
      en.open("/merchant/clearing/statement.xhtml?id=" + statement);
      assertThat(en.text(By.id("statement-net"))).isEqualTo("-6.78");

      LineEntries charge = LineEntries.open(en, "Points funded");
      assertThat(charge.rows()).containsExactly(entryOf(data, "EARN"));
      assertThat(charge.linePoints()).isEqualTo("1234");
      assertThat(charge.total()).isEqualTo("1");
      assertThat(charge.listed()).isEqualTo("1");
      assertThat(charge.sum()).isEqualTo("1234");
      assertThat(charge.offersMore()).isFalse();
      en.screenshot("merchant-statement-entries-en.png", 1280, 800);
      charge.close();

      LineEntries reversed = LineEntries.open(en, "Points funded, reversed");
      assertThat(reversed.rows()).containsExactly(entryOf(data, "REVERSAL"));
      assertThat(reversed.linePoints()).isEqualTo("617");
      assertThat(reversed.sum()).isEqualTo("617");
      reversed.close();
    }
  }

  @Test
  void aManagerDrillsIntoItsParkingLineAndSeesItsSaleByReceipt() {
    ClearingDay data = ClearingDay.booked();
    var db = RunningAtrium.database();
    long sale = db.longValue("select id from sale where tenant_id = ?", data.a().id());
    String receipt = (String) db.value("select receipt_number from sale where id = ?", sale);
    String session = "SE-P-" + Fixtures.unique();
    long settlement =
        com.atrium.it.ItParkingCharges.settlement(
            data.mallId(),
            session,
            data.day().atStartOfDay(ClearingDay.ZONE).toInstant().plusSeconds(3 * 3600),
            "SETTLED",
            com.atrium.it.ItParkingCharges.charge(
                "TENANT", data.a().id(), null, "SPEND", "40.00", "6.67"));
    com.atrium.it.ItParkingCharges.spendSale(settlement, sale, data.a().id(), "1234.00");
    long statement = submittedStatementOf(data);
    Fixtures.UserRow manager = Fixtures.manager(data.a().id());

    try (Browser en = Browser.english()) {
      en.signIn(manager.username(), manager.password());
      en.wait.until(ExpectedConditions.urlContains("/merchant/clearing/statements"));
      en.open("/merchant/clearing/statement.xhtml?id=" + statement);
      // the day's two lines and the parking hour's share: -6.78 - 6.67
      assertThat(en.text(By.id("statement-net"))).isEqualTo("-13.45");
      By parking =
          By.xpath(
              "//tbody[contains(@id,'lines_data')]/tr[normalize-space(td[1])='Free parking"
                  + " minutes']//button[contains(@id,'drill-parking')]");
      en.clickable(parking).click();
      en.visible(By.id("parking-dialog"));
      en.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("parking-listed"), "1"));
      en.awaitAjaxIdle();
      assertThat(en.text(By.id("parking-line-minutes"))).isEqualTo("40.00");
      assertThat(en.text(By.id("parking-line-amount"))).isEqualTo("6.67");
      assertThat(en.text(By.id("parking-minutes"))).isEqualTo("40.00");
      assertThat(en.text(By.id("parking-amount"))).isEqualTo("6.67");
      assertThat(en.text(By.cssSelector(".a-parking-session"))).isEqualTo(session);
      assertThat(en.text(By.cssSelector(".a-parking-sale")))
          .isEqualTo("Sale " + receipt + " at tenant " + data.a().id() + ": 1,234.00");
    }
  }

  /** Finance starts the day's run and submits it; tenant A's statement id. */
  private static long submittedStatementOf(ClearingDay data) {
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient client = new PortalClient("en");
    assertThat(client.login(finance.username(), finance.password()).redirectPath()).isPresent();
    var started =
        client.postJson(
            "/api/v1/operator/clearing/runs",
            "{\"mall\":\""
                + data.mall()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + data.day()
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = Json.createReader(new StringReader(started.body())).readObject();
    var submitted =
        client.postJson(
            "/api/v1/operator/clearing/runs/" + run.getJsonNumber("id") + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    return run.getJsonArray("statements").stream()
        .map(v -> v.asJsonObject())
        .filter(s -> s.getString("party").equals(data.a().code()))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * Tenant A's one journal entry of a kind on its issuance account as its manager should see it:
   * id, kind, booked in the mall's zone, the member's card with its middle six digits masked,
   * description, points.
   */
  private static List<String> entryOf(ClearingDay data, String kind) {
    var row =
        RunningAtrium.database()
            .rows(
                "select e.id, e.recorded_at, m.card_number, e.description, l.points"
                    + " from journal_entry e join journal_line l on l.entry_id = e.id"
                    + " join ledger_account c on c.id = l.account_id"
                    + " join member m on m.id = e.member_id"
                    + " where c.tenant_id = ? and c.kind = 'TENANT_ISSUANCE' and e.kind = ?",
                data.a().id(),
                kind)
            .get(0);
    Instant booked =
        row.get("recorded_at") instanceof Timestamp t
            ? t.toInstant()
            : ((OffsetDateTime) row.get("recorded_at")).toInstant();
    String card = (String) row.get("card_number");
    return List.of(
        row.get("id").toString(),
        Map.of("EARN", "Earned", "REVERSAL", "Reversed").get(kind),
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(booked.atZone(ClearingDay.ZONE)),
        card.substring(0, 2) + "******" + card.substring(8),
        // the ledger's text, as the English page words it
        ((String) row.get("description"))
            .replaceFirst("^Refund (\\S+) of sale (.+)$", "Refund $1 of receipt $2")
            .replaceFirst("^Sale (.+)$", "Sale, receipt $1"),
        Long.toString(Math.abs(((Number) row.get("points")).longValue())));
  }
}
