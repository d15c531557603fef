package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin gives a marketing colleague a login, resets its password, and the colleague signs in
 * with the temporary one and must choose their own; the admin disables the login and it can no
 * longer sign in; the audit log shows those changes for the admin and exports them as CSV.
 */
@ExtendWith(RunningAtrium.class)
class LoginsAndAuditPagesIT {

  private static final String INITIAL = "Initial-pass-2026";
  private static final String CHOSEN = "Chosen-pass-2026";
  private static final String CHENGDU = "星汇天地 Star Harbour Chengdu";

  @Test
  void anAdminManagesAMarketingLoginAndReadsWhatHappenedInTheAuditLog() throws Exception {
    String username = "mkt-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String temporary;
    try (Browser admin = Browser.signedIn("admin")) {
      Logins logins = new Logins(admin);
      logins.openCreateDialog();
      // an operator login with a tenant: refused at the tenant field, the dialog stays open
      logins.fillCreate(username, "市场部 小李", Logins.Role.OPERATOR_MARKETING, "FB001", INITIAL);
      logins.save();
      admin.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("create"), "An operator login belongs to no tenant: leave the tenant empty."));
      admin.type(By.id("create:tenant"), "");
      admin.type(By.id("create:password"), INITIAL);
      // marketing for the Chengdu mall only
      logins.chooseMall(CHENGDU);
      logins.save();
      admin.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("create-dialog")));

      logins.find(username);
      assertThat(admin.text(By.id("logins:table_data")))
          .contains(
              username, "市场部 小李", "Marketing", CHENGDU, "Enabled", "Must choose a new password");
      // the role filter: the colleague is marketing, not a store assistant
      logins.filterRole("Store assistant");
      admin.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("logins:table_data"), "No login matches."));
      logins.filterRole("Marketing");
      admin.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("logins:table_data"), username));
      admin.screenshot("operator-logins-en.png", 1400, 700);
      temporary = logins.resetPassword();
      assertThat(temporary).hasSize(14);
    }

    try (Browser colleague = Browser.english()) {
      colleague.signIn(username, INITIAL);
      colleague.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("login"), "Wrong username or password."));

      colleague.signIn(username, temporary);
      colleague.wait.until(ExpectedConditions.urlContains("/password.xhtml"));
      // nothing else opens before the person has chosen a password
      colleague.open("/operator/dashboard.xhtml");
      colleague.wait.until(ExpectedConditions.urlContains("/password.xhtml"));
      assertThat(colleague.text(By.id("password-reason")))
          .isEqualTo(
              "Your password was set by an administrator. Choose your own password to continue.");
      colleague.type(By.id("password:current"), temporary);
      colleague.type(By.id("password:chosen"), CHOSEN);
      colleague.type(By.id("password:confirmation"), CHOSEN);
      colleague.clickable(By.id("password:submit")).click();
      colleague.wait.until(ExpectedConditions.urlContains("/operator/dashboard.xhtml"));
      assertThat(colleague.text(By.id("user-name"))).isEqualTo(username);
      assertThat(colleague.text(By.id("mall-name"))).isEqualTo(CHENGDU);
    }

    long userId =
        RunningAtrium.database().longValue("select id from app_user where username = ?", username);
    try (Browser admin = Browser.signedIn("admin")) {
      Logins logins = new Logins(admin);
      logins.find(username);
      logins.disable();
    }

    try (Browser colleague = Browser.english()) {
      colleague.signIn(username, CHOSEN);
      colleague.wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("login"), "Wrong username or password."));
      assertThat(colleague.path()).isEqualTo("/login.xhtml");
    }

    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    try (Browser admin = Browser.signedIn("admin")) {
      // newest first; the colleague's own password change is theirs, not the admin's
      assertThat(auditOf(admin, userId, today, 3))
          .containsExactly(
              "Login disabled | Login | Enabled: yes → no",
              "Password reset | Login | Username: " + username,
              "Login created | Login | Username: " + username);
      assertThat(admin.text(By.id("audit:table_data")))
          .contains("Display name: 市场部 小李", "Roles: [Marketing]", "Mall: ");
      admin.screenshot("operator-audit-en.png", 1400, 900);

      // the shared list export (docs/portal.md "Lists"): the rows and headers the table shows
      List<String> headers =
          admin.driver.findElements(By.cssSelector("#audit\\:table_head th")).stream()
              .map(th -> th.getText().trim())
              .toList();
      admin.clickable(By.id("audit:export-csv")).click();
      byte[] body = admin.downloaded("atrium-audit.csv");
      assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      String text = new String(body, StandardCharsets.UTF_8).substring(1);
      List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).values())
          .containsExactly("Time", "Actor", "Action", "Subject", "Subject id", "Before → after");
      assertThat(headers).containsExactly(rows.get(0).values());
      // the export says what the page shows, in the same words
      assertThat(rows.subList(1, 4).stream().map(r -> r.get(2)).toList())
          .containsExactly("Login disabled", "Password reset", "Login created");
      for (CSVRecord r : rows.subList(1, 4)) {
        assertThat(r.get(0)).startsWith(today);
        assertThat(r.get(1)).isEqualTo("admin");
        assertThat(r.get(3)).isEqualTo("Login");
        assertThat(r.get(4)).isEqualTo(String.valueOf(userId));
      }
      assertThat(rows.get(3).get(5)).contains("Display name: 市场部 小李", "Roles: [Marketing]");
      // never a password or its hash in the audit log
      assertThat(text).doesNotContain(temporary, INITIAL, CHOSEN, "PBKDF2");
    }

    // the same events on the Chinese page: actions, subjects, fields and values in Chinese
    try (Browser admin = Browser.signedIn("admin", "zh")) {
      assertThat(auditOf(admin, userId, today, 3))
          .containsExactly(
              "登录账号已停用 | 登录账号 | 启用: 是 → 否",
              "密码已重置 | 登录账号 | 用户名: " + username,
              "登录账号已创建 | 登录账号 | 用户名: " + username);
      assertThat(admin.text(By.id("audit:table_data"))).contains("显示名称: 市场部 小李", "角色: [市场]");
      // the action filter offers the same words, and filters by the action it names
      admin.clickable(By.id("audit:action")).click();
      admin.clickable(By.cssSelector("#audit\\:action_items li[data-label='登录账号已停用']")).click();
      admin.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("audit:action_panel")));
      admin.clickable(By.id("audit:search")).click();
      admin.wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#audit\\:table_data > tr"), 1));
      assertThat(admin.text(By.id("audit:table_data"))).contains("登录账号已停用", "启用: 是 → 否");
      admin.screenshot("operator-audit-zh.png", 1400, 900);
    }
  }

  /**
   * The admin's audit rows about login {@code userId} since {@code today}, each as {@code action |
   * subject | field}: the field that changed from one value to another, else the first.
   */
  private static List<String> auditOf(Browser admin, long userId, String today, int count) {
    admin.open("/operator/audit.xhtml");
    admin.type(By.id("audit:actor"), "admin");
    admin.type(By.id("audit:subjectId"), String.valueOf(userId));
    admin.typeOver(By.id("audit:from_input"), today);
    admin.clickable(By.id("audit:search")).click();
    admin.wait.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#audit\\:table_data > tr"), count));
    return admin.driver.findElements(By.cssSelector("#audit\\:table_data > tr")).stream()
        .map(
            tr ->
                tr.findElement(By.cssSelector("td:nth-child(3)")).getText().trim()
                    + " | "
                    + tr.findElement(By.cssSelector("td:nth-child(4)")).getText().trim()
                    + " | "
                    + tr.findElements(By.cssSelector("td:nth-child(6) dl > div")).stream()
                        .filter(div -> div.getAttribute("class").contains("a-changed"))
                        .findFirst()
                        .orElse(tr.findElement(By.cssSelector("td:nth-child(6) dl > div")))
                        .getText()
                        .trim())
        .toList();
  }

  /**
   * The outbox names each message's kind and state in the admin's language; a kind without words
   * (one added later, or a test's own) shows its code rather than failing the page.
   */
  @Test
  void theOutboxNamesEachMessagesKindInTheUsersLanguage() {
    String stamp = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String wifi = "wifi text " + stamp;
    String unknown = "unknown text " + stamp;
    // given up for good, so the dispatcher leaves them as they are
    notice("WIFI_CODE", "ao-" + stamp + "-1", wifi);
    notice("SOMETHING_NEW", "ao-" + stamp + "-2", unknown);
    try (Browser admin = Browser.signedIn("admin")) {
      admin.open("/operator/outbox.xhtml");
      assertThat(outboxRow(admin, wifi)).isEqualTo("WiFi code | Given up");
      assertThat(outboxRow(admin, unknown)).isEqualTo("SOMETHING_NEW | Given up");
    }
    try (Browser admin = Browser.signedIn("admin", "zh")) {
      admin.open("/operator/outbox.xhtml");
      assertThat(outboxRow(admin, wifi)).isEqualTo("WiFi 验证码 | 已放弃");
      assertThat(outboxRow(admin, unknown)).isEqualTo("SOMETHING_NEW | 已放弃");
    }
  }

  /** A staff notice that failed for good, queued now (the outbox page lists newest first). */
  private static void notice(String kind, String reference, String body) {
    var db = RunningAtrium.database();
    db.update(
        "insert into notification_outbox (id, kind, recipient, reference, language, subject, body,"
            + " status, attempts, next_attempt_at, created_at, last_error)"
            + " values (?, ?, '13900001234', ?, 'zh', 'IT', ?, 'FAILED', 5, now(), now(), 'IT')",
        db.nextId(),
        kind,
        reference,
        body);
  }

  /** The kind and the state (its first line) of the outbox row whose text is {@code body}. */
  private static String outboxRow(Browser admin, String body) {
    var row =
        admin.visible(
            By.xpath(
                "//tbody[@id='outbox:table_data']/tr[td//span[@class='a-outbox-text' and text()='"
                    + body
                    + "']]"));
    return row.findElement(By.cssSelector(".a-outbox-kind")).getText().trim()
        + " | "
        + row.findElement(By.cssSelector(".a-outbox-status")).getText().trim();
  }

  /** A store's login names its tenant, whose existence the tenant context confirms to security. */
  @Test
  void anAdminCreatesAStoreAssistantBoundToItsTenant() {
    String username = "fb-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    try (Browser admin = Browser.signedIn("admin")) {
      Logins logins = new Logins(admin);
      logins.openCreateDialog();
      logins.fillCreate(username, "店员 小王", Logins.Role.MERCHANT_ASSISTANT, "FB001", INITIAL);
      logins.save();
      admin.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("create-dialog")));
    }
    var db = RunningAtrium.database();
    assertThat(db.longValue("select tenant_id from app_user where username = ?", username))
        .isEqualTo(db.longValue("select id from tenant where code = 'FB001'"));
  }

  @Test
  void anOperatorWhoIsNotAnAdminIsRefusedBothPagesAndTheExport() throws IOException {
    PortalClient marketing = new PortalClient();
    marketing.login("marketing", Browser.PASSWORD);
    assertThat(marketing.get("/operator/dashboard.xhtml").status()).isEqualTo(200);
    assertThat(marketing.get("/operator/logins.xhtml").status()).isEqualTo(403);
    assertThat(marketing.get("/operator/audit.xhtml").status()).isEqualTo(403);
    // the export is an action of the audit page itself: who may not open the page cannot export
  }
}
