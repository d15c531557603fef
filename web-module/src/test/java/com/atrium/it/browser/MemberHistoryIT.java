package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ItDatabase;
import com.atrium.it.PosClient;
import com.atrium.it.RunningAtrium;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member's history as each role sees it: an operator sees every tenant's lines with the earning
 * explanation, the tier and its history, and sets a tier floor by hand (reason required, audited);
 * a store assistant sees the balance, the next expiry and only their own tenant's lines.
 */
@ExtendWith(RunningAtrium.class)
class MemberHistoryIT {

  String phone;
  String card;
  String starbucksReceipt;
  String uniqloReceipt;
  long balance;

  @BeforeEach
  void aMemberWhoShoppedAtTwoTenants() {
    PosClient starbucks = PosClient.demo("FB001");
    PosClient uniqlo = PosClient.demo("FA001");
    phone = Till.randomPhone().replace(" ", "");
    var created =
        starbucks
            .post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"历史测试\",\"acceptTerms\":true}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    card = created.json().getString("cardNumber");
    starbucksReceipt = Till.randomReceipt();
    uniqloReceipt = Till.randomReceipt();
    assertThat(
            starbucks.post("/api/v1/pos/sales", sale(starbucksReceipt, "100.00")).send().status())
        .isEqualTo(201);
    assertThat(uniqlo.post("/api/v1/pos/sales", sale(uniqloReceipt, "50.00")).send().status())
        .isEqualTo(201);
    var b =
        starbucks.post("/api/v1/pos/balance-inquiries", "{\"cardNumber\":\"" + card + "\"}").send();
    balance = b.json().getJsonNumber("balance").longValue();
    assertThat(b.json().getJsonNumber("nextExpiryPoints").longValue()).isEqualTo(balance);
  }

  @Test
  void anOperatorSeesTheWholeHistoryAndSetsATierFloorWithAReason() {
    Instant now = Instant.now();
    message("IT-SENT", "Your points expire soon", "SENT", 1, now.minusSeconds(3600));
    message("IT-FAILED", "Your points expire today", "FAILED", 5, now.minusSeconds(60));
    try (Browser browser = Browser.signedIn("admin")) {
      browser.open("/operator/members/list.xhtml");
      browser.type(By.id("members:query"), card);
      browser.clickable(By.id("members:search")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), card));
      assertThat(browser.text(By.id("members:table")))
          .as("phones masked in the list")
          .contains(phone.substring(0, 3) + "****" + phone.substring(7))
          .doesNotContain(phone);
      browser.clickable(By.linkText(card)).click();
      browser.visible(By.id("member-card"));
      assertThat(browser.driver.getCurrentUrl()).doesNotContain(phone);

      String history = browser.text(By.id("history-form:history"));
      assertThat(history).contains(starbucksReceipt).contains(uniqloReceipt);
      assertThat(history).contains("Starbucks").contains("UNIQLO").contains("Base rate");
      assertThat(browser.text(By.id("member-next-expiry"))).contains("points expire after");
      assertThat(
              browser.driver.findElements(By.cssSelector("#messages_data > tr")).stream()
                  .map(r -> r.findElements(By.tagName("td")).stream().skip(1))
                  .map(cells -> cells.map(c -> c.getText().trim()).toList())
                  .toList())
          .as("the member's messages, newest first, with their delivery")
          .containsExactly(
              List.of("Your points expire today", "Given up (5)"),
              List.of("Your points expire soon", "Sent (1)"));

      // a reason is required
      selectTier(browser, "Gold");
      browser.clickable(By.id("tier-form:set-tier")).click();
      browser.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("tier-form"), "Say why"));
      assertThat(browser.text(By.id("tier-current"))).isEqualTo("Standard");

      selectTier(browser, "Gold");
      browser.type(By.id("tier-form:reason"), "VIP guest of the mall manager");
      browser.clickable(By.id("tier-form:set-tier")).click();
      browser.wait.until(ExpectedConditions.textToBe(By.id("tier-current"), "Gold"));
      assertThat(browser.text(By.id("tier-floor"))).contains("Gold").contains("VIP guest");
      assertThat(browser.text(By.id("tier-history"))).contains("Set by hand").contains("admin");
      browser.screenshot("operator-member-en.png", 1400, 1500);
    }
    long member =
        RunningAtrium.database().longValue("select id from member where card_number = ?", card);
    Map<String, Object> audit =
        RunningAtrium.database()
            .row(
                "select actor, before_state, after_state from audit_event"
                    + " where action = 'TIER_SET' and subject_id = ?",
                Long.toString(member))
            .orElseThrow();
    assertThat(audit.get("actor")).isEqualTo("admin");
    assertThat(audit.get("before_state").toString()).contains("STANDARD");
    assertThat(audit.get("after_state").toString()).contains("GOLD").contains("VIP guest");
    assertThat(RunningAtrium.database().value("select tier from member where id = ?", member))
        .isEqualTo("GOLD");
  }

  @Test
  void inChineseTheHistoryAndTheLanguageAreWordedInChinese() {
    try (Browser browser = Browser.signedIn("service", "zh")) {
      long member =
          RunningAtrium.database().longValue("select id from member where card_number = ?", card);
      browser.open("/operator/members/view.xhtml?id=" + member);
      assertThat(browser.text(By.id("member-language"))).isEqualTo("中文");
      String history = browser.text(By.id("history-form:history"));
      assertThat(history)
          .contains("消费，小票 " + starbucksReceipt)
          .contains("消费，小票 " + uniqloReceipt)
          .doesNotContain("Sale ");
    }
  }

  @Test
  void anAssistantSeesTheBalanceAndOnlyTheirOwnTenantsLines() {
    try (Browser browser = Browser.signedIn("fb001")) {
      Till till = new Till(browser);
      till.find(card);
      assertThat(Till.digits(browser.text(By.id("member-balance")))).isEqualTo(balance);
      assertThat(browser.text(By.id("member-next-expiry")))
          .contains(balance + " points expire after");
      String history = browser.text(By.id("history"));
      assertThat(history).contains(starbucksReceipt).doesNotContain(uniqloReceipt);
      // the last column is the member's points at this store: its rows add up (docs/history.md)
      long atStarbucks =
          RunningAtrium.database()
              .longValue("select points from sale where receipt_number = ?", starbucksReceipt);
      var cells =
          browser.driver.findElements(By.cssSelector("#history_data > tr:first-child > td"));
      assertThat(Till.digits(cells.get(cells.size() - 1).getText()))
          .isEqualTo(atStarbucks)
          .isLessThan(balance);
    }
  }

  /** A message to this member as the outbox would have recorded it, with its delivery state. */
  private void message(String reference, String body, String status, int attempts, Instant at) {
    ItDatabase db = RunningAtrium.database();
    db.update(
        "insert into notification_outbox (id, kind, member_id, reference, language, subject,"
            + " body, status, attempts, next_attempt_at, created_at, sent_at)"
            + " values (?, 'EXPIRY_REMINDER', ?, ?, 'en', 'Points', ?, ?, ?, ?, ?, ?)",
        db.nextId(),
        db.longValue("select id from member where card_number = ?", card),
        reference,
        body,
        status,
        attempts,
        at,
        at,
        "SENT".equals(status) ? at : null);
  }

  private static void selectTier(Browser browser, String label) {
    browser.clickable(By.id("tier-form:tier")).click();
    browser
        .clickable(By.cssSelector("#tier-form\\:tier_items li[data-label='" + label + "']"))
        .click();
  }

  private String sale(String receipt, String amount) {
    return "{\"cardNumber\":\""
        + card
        + "\",\"receiptNumber\":\""
        + receipt
        + "\",\"amount\":"
        + amount
        + "}";
  }
}
