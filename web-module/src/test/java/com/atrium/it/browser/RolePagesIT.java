package com.atrium.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.it.ClearingDay;
import com.atrium.it.Fixtures;
import com.atrium.it.ItDatabase;
import com.atrium.it.ItPartner;
import com.atrium.it.ItPlates;
import com.atrium.it.PortalClient;
import com.atrium.it.RunningAtrium;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every portal page opened as every role, with one browser session per role: a page the role may
 * open renders (200, its title, no error) and offers exactly the actions the role may use; any
 * other page is the friendly 403 page, with status 403, in the session's language; an unknown page
 * is the friendly 404; no page scrolls sideways on a 1024×768 tablet. The matrix is
 * docs/security.md "What each role sees".
 */
@ExtendWith(RunningAtrium.class)
class RolePagesIT {

  private static final String ADMIN = "admin";
  private static final String MARKETING = "marketing";
  private static final String FINANCE = "finance";
  private static final String SERVICE = "service";
  private static final String ASSISTANT = "fb001";
  private static final String MANAGER = "fb001-manager";

  /** The friendly pages' texts, per language (messages*.properties page.forbidden/notFound). */
  private static final Map<String, String> FORBIDDEN =
      Map.of(
          "en", "Your login may not open this page. Ask an administrator if you need it.",
          "zh", "您的账号无权打开此页面。如需访问，请联系管理员。");

  private static final Map<String, String> NOT_FOUND =
      Map.of("en", "There is no page at this address.", "zh", "此地址没有页面。");

  /**
   * The app's own English words that a Chinese page must never show: the texts the ledger and the
   * flags store (LedgerTexts words them), a missing bundle key, and the raw enum values of states.
   * Phrases, not single words: the tests' own data (a member named "Refund 会员") may hold a word.
   */
  private static final List<String> ENGLISH_TERMS =
      List.of(
          "Points as cash",
          "Cancel redemption",
          " of sale ",
          " honoured",
          "Exchange IN",
          "Exchange OUT",
          "Parking released",
          "WiFi visit",
          "Expiry of lot",
          "over the daily sales limit",
          "could not be taken back",
          "???",
          "PENDING",
          "ACTIVE",
          "SUSPENDED",
          "POSTPAID",
          "PREPAID",
          "IN_REVIEW",
          "APPROVED",
          "REJECTED",
          "REVERSED",
          "CONFIRMED",
          "REFUND_UNRECOVERED",
          "SALE_VELOCITY");

  /** A page, the actions it can offer (name → CSS selector), and who may use which. */
  private record Page(String path, Map<String, String> actions, Map<String, Set<String>> allowed) {}

  private static final Map<String, Page> PAGES = new LinkedHashMap<>();

  @BeforeAll
  static void pages() {
    ItDatabase db = RunningAtrium.database();
    long member = memberWithARightAndAPlate();
    long tenant = db.longValue("select id from tenant where code = 'FB001'");
    // an open flag of our own, so that the flags page has something to resolve
    db.update(
        "insert into member_flag (id, member_id, kind, points, detail, created_at)"
            + " values (?, ?, 'REFUND_UNRECOVERED', 7, 'RolePagesIT', now())",
        db.nextId(),
        member);

    page(
        "/operator/dashboard.xhtml",
        actions(
            "menu-dashboard",
            "menu-tenants",
            "menu-members",
            "menu-rules",
            "menu-rewards",
            "menu-ledger-check",
            "menu-clearing-runs",
            "menu-clearing-terms",
            "menu-clearing-disputes",
            "menu-clearing-blocks",
            "menu-machines",
            "menu-flags",
            "menu-logins",
            "menu-audit"),
        Map.of(
            ADMIN,
            Set.of(
                "menu-dashboard",
                "menu-tenants",
                "menu-members",
                "menu-rules",
                "menu-rewards",
                "menu-ledger-check",
                "menu-clearing-runs",
                "menu-clearing-terms",
                "menu-clearing-disputes",
                "menu-clearing-blocks",
                "menu-machines",
                "menu-flags",
                "menu-logins",
                "menu-audit"),
            MARKETING,
            Set.of(
                "menu-dashboard",
                "menu-tenants",
                "menu-members",
                "menu-rules",
                "menu-rewards",
                "menu-flags"),
            FINANCE,
            Set.of(
                "menu-dashboard",
                "menu-tenants",
                "menu-members",
                "menu-rules",
                "menu-rewards",
                "menu-ledger-check",
                "menu-clearing-runs",
                "menu-clearing-terms",
                "menu-clearing-disputes",
                "menu-clearing-blocks",
                "menu-flags"),
            SERVICE,
            Set.of(
                "menu-dashboard", "menu-tenants", "menu-members", "menu-rewards", "menu-flags")));
    Map<String, String> tenantActions = actions("search", "new-tenant");
    tenantActions.put("edit", ".a-row-actions .pi-pencil");
    tenantActions.put("deactivate", ".a-row-actions .pi-ban, .a-row-actions .pi-check");
    page(
        "/operator/tenants/list.xhtml",
        tenantActions,
        Map.of(
            ADMIN, Set.of("search", "new-tenant", "edit", "deactivate"),
            MARKETING, Set.of("search"),
            FINANCE, Set.of("search"),
            SERVICE, Set.of("search")));
    page(
        "/operator/tenants/edit.xhtml?id=" + tenant,
        actions("save", "add"),
        Map.of(ADMIN, Set.of("save", "add")));
    // the shared list exports (docs/portal.md "Lists") are there for whoever may open the list
    page(
        "/operator/members/list.xhtml",
        actions("search", "export-csv", "export-xlsx"),
        everyOperator(Set.of("search", "export-csv", "export-xlsx")));
    // the member's page with its sections: the partner rights (WEB-INF/members/rights.xhtml) and
    // member care (block, rename, phone, points adjustment: MemberCare's roles)
    Set<String> care = Set.of("block", "rename", "send-code", "adjust");
    Set<String> everyone = Set.of("rights", "plates", "adjustments");
    page(
        "/operator/members/view.xhtml?id=" + member,
        actions(
            "set-tier",
            "revoke",
            "unlink",
            "rights",
            "plates",
            "block",
            "unblock",
            "rename",
            "send-code",
            "adjust",
            "adjustments"),
        Map.of(
            ADMIN, union(everyone, care, Set.of("set-tier", "revoke", "unlink")),
            MARKETING, union(everyone, Set.of("set-tier")),
            FINANCE, everyone,
            SERVICE, union(everyone, care, Set.of("set-tier", "revoke", "unlink"))));
    // the member's plates (docs/parking.md): every operator reads them, the service desk binds
    page(
        "/operator/members/plates.xhtml?id=" + member,
        actions("plates", "give-consent", "withdraw-consent", "bind", "unbind"),
        Map.of(
            ADMIN, Set.of("plates", "withdraw-consent", "bind", "unbind"),
            MARKETING, Set.of("plates"),
            FINANCE, Set.of("plates"),
            SERVICE, Set.of("plates", "withdraw-consent", "bind", "unbind")));
    Map<String, String> rulesActions = actions("new-version");
    rulesActions.put("copy", ".pi-copy");
    page(
        "/operator/rules/list.xhtml",
        rulesActions,
        Map.of(
            ADMIN, Set.of("new-version", "copy"),
            MARKETING, Set.of("new-version", "copy"),
            FINANCE, Set.of()));
    page(
        "/operator/rules/edit.xhtml",
        actions("simulate", "publish", "add-campaign"),
        Map.of(
            ADMIN, Set.of("simulate", "publish", "add-campaign"),
            MARKETING, Set.of("simulate", "publish", "add-campaign"),
            FINANCE, Set.of("simulate", "add-campaign")));
    Map<String, String> rewardActions = actions("desk-redeem", "save-reward");
    rewardActions.put("edit", "[id^='catalog'] .pi-pencil");
    rewardActions.put("retire", "[id^='catalog'] .pi-ban");
    page(
        "/operator/rewards/list.xhtml",
        rewardActions,
        Map.of(
            ADMIN, Set.of("desk-redeem", "save-reward", "edit", "retire"),
            MARKETING, Set.of("save-reward", "edit", "retire"),
            FINANCE, Set.of(),
            SERVICE, Set.of("desk-redeem")));
    page(
        "/operator/rewards/redeem.xhtml",
        actions("find-member"),
        Map.of(ADMIN, Set.of("find-member"), SERVICE, Set.of("find-member")));
    Map<String, String> flagActions = new LinkedHashMap<>();
    flagActions.put("resolve", "[id^='flags'] .pi-check");
    page(
        "/operator/member-flags.xhtml",
        flagActions,
        Map.of(
            ADMIN, Set.of("resolve"),
            MARKETING, Set.of(),
            FINANCE, Set.of(),
            SERVICE, Set.of("resolve")));
    page(
        "/operator/ledger-check.xhtml",
        actions("run"),
        Map.of(ADMIN, Set.of("run"), FINANCE, Set.of("run")));
    // the liability report and its menu entry: finance and the admin only
    page(
        "/operator/liability.xhtml",
        actions("menu-liability", "mall-all"),
        Map.of(
            ADMIN, Set.of("menu-liability", "mall-all"),
            FINANCE, Set.of("menu-liability", "mall-all")));
    page(
        "/operator/dashboard.xhtml?menu=liability",
        actions("menu-liability"),
        Map.of(
            ADMIN, Set.of("menu-liability"),
            MARKETING, Set.of(),
            FINANCE, Set.of("menu-liability"),
            SERVICE, Set.of()));
    // a draft of a day that has ended, on a mall of our own: it may be computed again and submitted
    long run = clearingRunOfYesterday();
    page(
        "/operator/clearing/runs.xhtml",
        actions("new-run"),
        Map.of(ADMIN, Set.of("new-run"), FINANCE, Set.of("new-run")));
    page(
        "/operator/clearing/run.xhtml?id=" + run,
        actions("recompute", "submit", "approve", "close-run", "export-run"),
        Map.of(
            ADMIN,
            Set.of("recompute", "submit", "export-run"),
            FINANCE,
            Set.of("recompute", "submit", "export-run")));
    page(
        "/operator/clearing/terms.xhtml?tenant=" + tenant,
        actions("save-terms"),
        Map.of(ADMIN, Set.of("save-terms"), FINANCE, Set.of("save-terms")));
    // finance's disputes and prepaid blocks: the pages for finance and the admin only
    page(
        "/operator/clearing/disputes.xhtml",
        actions("mall", "status"),
        Map.of(ADMIN, Set.of("mall", "status"), FINANCE, Set.of("mall", "status")));
    page(
        "/operator/clearing/blocks.xhtml?tenant=" + tenant,
        actions("block-heading"),
        Map.of(ADMIN, Set.of("block-heading"), FINANCE, Set.of("block-heading")));
    page(
        "/operator/clearing/reconciliation.xhtml",
        actions("match", "menu-reconciliation"),
        Map.of(
            ADMIN, Set.of("match", "menu-reconciliation"),
            FINANCE, Set.of("match", "menu-reconciliation")));
    page(
        "/operator/clearing/partner-exchanges.xhtml",
        actions("find", "menu-partner-exchanges"),
        Map.of(
            ADMIN, Set.of("find", "menu-partner-exchanges"),
            FINANCE, Set.of("find", "menu-partner-exchanges")));
    page(
        "/operator/clearing/partners.xhtml",
        actions("partners", "menu-partners"),
        Map.of(
            ADMIN, Set.of("partners", "menu-partners"),
            FINANCE, Set.of("partners", "menu-partners")));
    // a partner's page: its rights and the demo's grants (DEMOBANK's PREMIUM), states worded
    page(
        "/operator/clearing/partners.xhtml?partner=DEMOBANK",
        actions("save-right", "find-grants", "export-csv"),
        Map.of(
            ADMIN, Set.of("save-right", "find-grants", "export-csv"),
            FINANCE, Set.of("save-right", "find-grants", "export-csv")));
    page("/operator/machines.xhtml", actions("new-client"), Map.of(ADMIN, Set.of("new-client")));
    page(
        "/operator/logins.xhtml",
        actions("new-login", "search"),
        Map.of(ADMIN, Set.of("new-login", "search")));
    Map<String, String> auditActions = actions("search", "export-csv", "export-xlsx");
    page(
        "/operator/audit.xhtml",
        auditActions,
        Map.of(ADMIN, Set.of("search", "export-csv", "export-xlsx")));
    page(
        "/operator/outbox.xhtml",
        actions("search", "menu-outbox"),
        Map.of(ADMIN, Set.of("search", "menu-outbox")));
    page(
        "/merchant/serve.xhtml",
        actions("find", "menu-serve", "menu-verify"),
        Map.of(ASSISTANT, Set.of("find", "menu-serve", "menu-verify")));
    page(
        "/merchant/verify.xhtml",
        actions("check-button"),
        Map.of(ASSISTANT, Set.of("check-button")));
    page(
        "/merchant/clearing/statements.xhtml",
        actions("menu-statements", "menu-serve", "export-csv"),
        Map.of(MANAGER, Set.of("menu-statements", "export-csv")));
    page(
        "/merchant/clearing/statement.xhtml?id=" + statementInReview(db, tenant),
        actions("raise-dispute", "statement-downloads"),
        Map.of(MANAGER, Set.of("raise-dispute", "statement-downloads")));
    // held sales (docs/approvals.md): admins and service staff decide their mall's, a tenant's
    // manager the own tenant's; the menu entry only for them
    page(
        "/operator/approvals.xhtml",
        actions("menu-approvals", "held", "pending-adjustments"),
        Map.of(
            ADMIN, Set.of("menu-approvals", "held", "pending-adjustments"),
            SERVICE, Set.of("menu-approvals", "held", "pending-adjustments")));
    page(
        "/operator/refunds.xhtml",
        actions("refund-sale", "menu-refunds"),
        Map.of(
            ADMIN, Set.of("refund-sale", "menu-refunds"),
            SERVICE, Set.of("refund-sale", "menu-refunds")));
    page(
        "/merchant/approvals/sales.xhtml",
        actions("menu-merchant-approvals", "menu-statements", "held", "voids"),
        Map.of(MANAGER, Set.of("menu-merchant-approvals", "menu-statements", "held", "voids")));
    // one's own password: everyone who signs in, whatever the role
    Set<String> password = Set.of("current", "submit");
    page(
        "/password.xhtml",
        actions("current", "submit"),
        Map.of(
            ADMIN, password,
            MARKETING, password,
            FINANCE, password,
            SERVICE, password,
            ASSISTANT, password,
            MANAGER, password));
    // parking and WiFi (issue 11): every operator reads the settings, today's sessions and the
    // report
    page(
        "/operator/perks.xhtml",
        actions("menu-perks", "to-report"),
        everyOperator(Set.of("menu-perks", "to-report")));
    page(
        "/operator/perks-report.xhtml",
        actions("menu-perks-report", "show-report"),
        everyOperator(Set.of("menu-perks-report", "show-report")));
  }

  /**
   * A member of our own with what the member's pages show: a partner's right it may lose (the
   * rights section's revoke), and a plate with its consent (the plates page's actions).
   */
  private static long memberWithARightAndAPlate() {
    ItPartner partner = ItPartner.postpaid().defineRight("ROLES", null, 60, 0);
    String phone = partner.linkNewMember("ROLES-1");
    long member = partner.memberId(phone);
    assertThat(
            partner
                .grant("ROLES-G-1", "ROLES-1", "ROLES", Instant.now().plus(30, ChronoUnit.DAYS))
                .status())
        .isEqualTo(201);
    String digits = String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    ItPlates.bind(member, "浙R" + digits, "浙R·***" + digits.substring(3));
    return member;
  }

  /**
   * FB001's statement in a run of XH in review, its window open: a day of 2001 (no entry is booked
   * then, so no other test's run or draft meets it), made once and sent to review again each time.
   */
  private static long statementInReview(ItDatabase db, long tenant) {
    long mall = Fixtures.mallId("XH");
    db.update(
        "insert into clearing_run (id, mall_id, period_kind, period_start, period_end, zone_id,"
            + " booked_from, booked_to, breakage_share_percent, status, digest, started_by,"
            + " started_at, computed_by, computed_at, submitted_by, submitted_at, version)"
            + " values (?, ?, 'DAY', date '2001-01-01', date '2001-01-02', 'Asia/Shanghai',"
            + " timestamptz '2000-12-31T16:00:00Z', timestamptz '2001-01-01T16:00:00Z', 0,"
            + " 'IN_REVIEW', repeat('0', 64), 'RolePagesIT', now(), 'RolePagesIT', now(),"
            + " 'RolePagesIT', now(), 0) on conflict (mall_id, period_kind, period_start) do nothing",
        db.nextId(),
        mall);
    long run =
        db.longValue(
            "select id from clearing_run where mall_id = ? and period_kind = 'DAY'"
                + " and period_start = date '2001-01-01'",
            mall);
    db.update(
        "update clearing_run set status = 'IN_REVIEW', submitted_at = now() where id = ?", run);
    if (db.longValue(
            "select count(*) from clearing_statement where run_id = ? and party_id = ?",
            run,
            tenant)
        == 0) {
      long statement = db.nextId();
      db.update(
          "insert into clearing_statement (id, run_id, ordinal, party_kind, party_id, party_code,"
              + " net, line_count) values (?, ?, 0, 'TENANT', ?, 'FB001', -1.10, 1)",
          statement,
          run,
          tenant);
      db.update(
          "insert into clearing_line (id, statement_id, ordinal, kind, rate_from, rate_to, points,"
              + " rate, amount) values (?, ?, 0, 'ISSUANCE_CHARGE',"
              + " timestamptz '2000-12-31T16:00:00Z', timestamptz '2001-01-01T16:00:00Z', 100,"
              + " 0.0110, -1.10)",
          db.nextId(),
          statement);
    }
    return db.longValue(
        "select id from clearing_statement where run_id = ? and party_id = ?", run, tenant);
  }

  private static long clearingRunOfYesterday() {
    long mall = ClearingDay.newMall();
    String code =
        (String) RunningAtrium.database().value("select code from mall where id = ?", mall);
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient client = new PortalClient("en");
    assertThat(client.login(finance.username(), finance.password()).redirectPath()).isPresent();
    var started =
        client.postJson(
            "/api/v1/operator/clearing/runs",
            "{\"mall\":\""
                + code
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + LocalDate.now(ClearingDay.ZONE).minusDays(1)
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return Json.createReader(new StringReader(started.body()))
        .readObject()
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * In English, then switched to Chinese for the pages no Chinese-speaking role of this test opens
   * (the admin's and finance's alone), so that every page is scanned for English once.
   */
  @Test
  void anAdministratorInEnglishThenTheirOwnPagesInChinese() {
    try (Browser browser = Browser.signedIn(ADMIN, "en")) {
      everyPage(browser, ADMIN, "en", "en", path -> true);
      browser.open("/operator/dashboard.xhtml");
      browser.clickable(By.id("header:lang-zh")).click();
      browser.wait.until(
          d -> d.findElement(By.id("header:lang-zh")).getAttribute("class").contains("active"));
      Set<String> chinese = Set.of(MARKETING, SERVICE, MANAGER);
      everyPage(
          browser,
          ADMIN,
          "zh",
          "en",
          path -> {
            Set<String> who = PAGES.get(path).allowed().keySet();
            return who.contains(ADMIN) && who.stream().noneMatch(chinese::contains);
          });
    }
  }

  @Test
  void marketingInChinese() {
    everyPageAs(MARKETING, "zh");
  }

  @Test
  void financeInEnglish() {
    everyPageAs(FINANCE, "en");
  }

  @Test
  void customerServiceInChineseThenSwitchedToEnglish() {
    try (Browser browser = Browser.signedIn(SERVICE, "zh")) {
      everyPage(browser, SERVICE, "zh", "zh", path -> true);
      // the friendly pages follow the language the person chose, not only the browser's
      browser.open("/operator/dashboard.xhtml");
      browser.clickable(By.id("header:lang-en")).click();
      browser.wait.until(
          d -> d.findElement(By.id("header:lang-en")).getAttribute("class").contains("active"));
      everyPage(browser, SERVICE, "en", "zh", path -> true);
    }
  }

  @Test
  void aStoreAssistantInEnglish() {
    everyPageAs(ASSISTANT, "en");
  }

  @Test
  void aStoreManagerInChinese() {
    everyPageAs(MANAGER, "zh");
  }

  @Test
  void aOneMallAdministratorIsOfferedNoLoginOrKeyItCannotCreate() {
    Fixtures.UserRow admin = Fixtures.mallOperator("OPERATOR_ADMIN", Fixtures.mallId("CD"));
    try (Browser browser = Browser.english()) {
      browser.signIn(admin.username(), admin.password());
      browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
      for (String path : List.of("/operator/logins.xhtml", "/operator/machines.xhtml")) {
        browser.open(path);
        assertThat(browser.visible(By.id("group-only")).getText())
            .isEqualTo("Logins and machine keys are managed by a group-wide administrator.");
        assertThat(shown(browser, PAGES.get(path).actions())).as(path).isEmpty();
      }
    }
  }

  private static void everyPageAs(String login, String language) {
    try (Browser browser = Browser.signedIn(login, language)) {
      everyPage(browser, login, language, language, path -> true);
    }
  }

  /**
   * {@code language} is the session's, {@code browserLanguage} what the browser asks for; only the
   * pages whose path {@code which} accepts.
   */
  private static void everyPage(
      Browser browser,
      String login,
      String language,
      String browserLanguage,
      Predicate<String> which) {
    // the size is set before the pages load: a chart drawn at a wider window shrinks a moment later
    browser.scrollsSideways(1024, 768);
    for (Page page : PAGES.values()) {
      if (!which.test(page.path())) {
        continue;
      }
      Set<String> allowed = page.allowed().get(login);
      HttpResponse<String> answer = fetch(browser, page.path(), browserLanguage);
      browser.open(page.path());
      if (allowed == null) {
        assertThat(answer.statusCode()).as(login + " " + page.path()).isEqualTo(403);
        assertThat(answer.body()).contains(FORBIDDEN.get(language)).doesNotContain("Payara");
        WebElement error = browser.visible(By.id("error"));
        assertThat(error.getAttribute("data-status")).isEqualTo("403");
        assertThat(error.getText()).isEqualTo(FORBIDDEN.get(language));
        continue;
      }
      assertThat(answer.statusCode()).as(login + " " + page.path()).isEqualTo(200);
      assertThat(answer.body())
          .as(login + " " + page.path())
          .doesNotContain("id=\"error\"", "Exception:", "Caused by");
      browser.visible(By.cssSelector(".a-page-title"));
      // a 1024×768 tablet: nothing on any page may need sideways scrolling
      assertThat(browser.scrollsSideways(1024, 768))
          .as(login + " " + page.path() + " at 1024")
          .isFalse();
      if ("zh".equals(language)) {
        // one language per page: none of the app's own English terms on a Chinese page. What a
        // page marks data-stored is data as typed or sent (an audit entry's values, a message's
        // text) that other tests left there; its actions, fields and kinds are scanned
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "document.querySelectorAll('[data-stored]')"
                    + ".forEach(function (e) { e.style.visibility = 'hidden'; });");
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(ENGLISH_TERMS.stream().filter(text::contains).toList())
            .as("English terms on the Chinese " + page.path() + " of " + login)
            .isEmpty();
      }
      assertThat(shown(browser, page.actions()))
          .as("actions of " + login + " on " + page.path())
          .isEqualTo(new TreeSet<>(allowed));
    }
    HttpResponse<String> missing = fetch(browser, "/no-such-page.xhtml", browserLanguage);
    assertThat(missing.statusCode()).isEqualTo(404);
    browser.open("/no-such-page.xhtml");
    assertThat(browser.visible(By.id("error")).getText()).isEqualTo(NOT_FOUND.get(language));
    // a part of a page is no page of its own (behind /operator/*'s constraint like any other)
    boolean operator = PAGES.get("/operator/dashboard.xhtml").allowed().containsKey(login);
    assertThat(
            fetch(browser, "/operator/members/member-rights.xhtml", browserLanguage).statusCode())
        .isEqualTo(operator ? 404 : 403);
  }

  /** The names of the page's actions that show (a hidden dialog's buttons do not). */
  private static Set<String> shown(Browser browser, Map<String, String> actions) {
    Set<String> shown = new TreeSet<>();
    actions.forEach(
        (name, css) -> {
          if (browser.driver.findElements(By.cssSelector(css)).stream()
              .anyMatch(WebElement::isDisplayed)) {
            shown.add(name);
          }
        });
    return shown;
  }

  /** The same page over plain HTTP with the browser's session, to read the status it answers. */
  private static HttpResponse<String> fetch(Browser browser, String path, String language) {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest request =
        HttpRequest.newBuilder(RunningAtrium.baseUri().resolve(path))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .header("Accept-Language", "zh".equals(language) ? "zh-CN,zh" : "en-US,en")
            .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void page(String path, Map<String, String> actions, Map<String, Set<String>> who) {
    PAGES.put(path, new Page(path, actions, who));
  }

  /** Actions found by their component id (with or without the form's prefix). */
  private static Map<String, String> actions(String... ids) {
    Map<String, String> actions = new LinkedHashMap<>();
    for (String id : ids) {
      actions.put(id, "[id='" + id + "'], [id$=':" + id + "']");
    }
    return actions;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new TreeSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return all;
  }

  private static Map<String, Set<String>> everyOperator(Set<String> actions) {
    return Map.of(ADMIN, actions, MARKETING, actions, FINANCE, actions, SERVICE, actions);
  }
}
