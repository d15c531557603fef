package com.atrium.it;

import static com.atrium.it.ClearingRunsIT.assertProblem;
import static com.atrium.it.ClearingRunsIT.json;
import static com.atrium.it.ClearingRunsIT.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A campaign one tenant funds, end to end (docs/earning.md "Tenant-funded campaigns",
 * docs/clearing.md "The money model"): marketing publishes it over the API (a funder that is no
 * tenant is refused), a POS sale during it books the campaign's points to the tenant's campaign
 * account as a lot of their own, a refund takes back from each issuer pro rata to the points it
 * funded, and a clearing run of the day (entries moved as booked into a past day, on a mall of this
 * test's own) charges the tenant its cost for them on lines of their own, which drill down to their
 * entries; a later refund is an adjustment line of the next day naming the sale. Every run nets to
 * 0.00 and the ledger sums to zero.
 */
@ExtendWith(RunningAtrium.class)
class TenantCampaignsIT {

  static final String RUNS = "/api/v1/operator/clearing/runs";
  static final String RULES = "/api/v1/operator/earning-rules";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void aTenantFundedCampaignIsChargedToItsTenantAndReversedByItsRefunds() {
    Instant testStart = Instant.now();
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey key = mall.posKey();
    PosClient till = PosClient.of(key);
    String tenant = key.tenant().code();
    ItDatabase db = RunningAtrium.database();
    // a second tenant, prepaid since long before the day (no block bought: all it funds is beyond)
    Fixtures.PosKey prepaidKey = mall.posKey();
    PosClient prepaidTill = PosClient.of(prepaidKey);
    String prepaid = prepaidKey.tenant().code();
    db.update(
        "insert into clearing_terms (id, tenant_id, version, effective_from, cost_per_point,"
            + " reimbursement_per_point, clearing_fee_percent, settlement_mode, created_by,"
            + " created_at) values (?, ?, 1, ?, 0.0110, 0.0095, 0, 'PREPAID', 'it', ?)",
        db.nextId(),
        prepaidKey.tenant().id(),
        Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")),
        Timestamp.from(Instant.now()));

    // marketing publishes the rules in force with the tenant's ×2 campaign, for the next hour
    String code = "UQ" + Fixtures.unique().toUpperCase(Locale.ROOT);
    Instant now = Instant.now();
    Campaign funded =
        new Campaign(
            code,
            "IT 商户出资双倍积分",
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofHours(1)),
            Set.of(tenant),
            Set.of(),
            new BigDecimal("2"),
            0,
            1_000_000,
            tenant);
    EarningRuleSet inForce = EarningRulesIT.inForce(now);
    List<Campaign> campaigns = new ArrayList<>(inForce.campaigns());
    campaigns.add(funded);
    campaigns.add(
        new Campaign(
            code + "P",
            "IT 预付商户双倍积分",
            funded.startsAt(),
            funded.endsAt(),
            Set.of(prepaid),
            Set.of(),
            new BigDecimal("2"),
            0,
            1_000_000,
            prepaid));
    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    Instant from = now.truncatedTo(ChronoUnit.SECONDS);
    String stranger = "ZZ" + Fixtures.unique().toUpperCase(Locale.ROOT);
    assertProblem(
        browser.postJson(
            RULES,
            publication(
                inForce.withCampaigns(
                    List.of(
                        new Campaign(
                            code,
                            "n",
                            funded.startsAt(),
                            funded.endsAt(),
                            Set.of(stranger),
                            Set.of(),
                            null,
                            5,
                            10,
                            stranger))),
                from)),
        400,
        "CAMPAIGN_FUNDER_UNKNOWN");
    // a document whose funded campaign reaches other tenants is refused as a whole
    String wide =
        publication(inForce.withCampaigns(campaigns), from)
            .replace("\"tenants\":[\"" + tenant + "\"]", "\"tenants\":[]");
    var refused = browser.postJson(RULES, wide);
    assertProblem(refused, 400, "RULES_INVALID");
    assertThat(refused.body()).contains(code, "applies to that tenant alone");
    assertThat(db.longValue("select count(*) from campaign_budget where code = ?", code)).isZero();
    var published = browser.postJson(RULES, publication(inForce.withCampaigns(campaigns), from));
    assertThat(published.status()).as(published.body()).isEqualTo(201);

    String phone = PosSalesIT.randomPhone();
    assertThat(
            till.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"活动会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String receipt = "UQ-" + Fixtures.unique();
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":1205.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    // 1,205 base points and 1,205 more from the tenant's ×2 campaign
    assertThat(sale.json().getJsonNumber("points").longValue()).isEqualTo(2410);
    assertThat(sale.json().getJsonArray("explanation").toString()).contains("CAMPAIGN", code);
    long saleEntry =
        db.longValue(
            "select journal_entry_id from sale where tenant_id = ? and receipt_number = ?",
            key.tenant().id(),
            receipt);
    // one lot per issuer: the tenant's own points and its campaign's, each funded by its account
    assertThat(
            db
                .rows(
                    "select a.kind, a.tenant_id, p.points_earned from points_lot p"
                        + " join ledger_account a on a.id = p.issuer_account_id"
                        + " where p.credit_entry_id = ? order by p.id",
                    saleEntry)
                .stream()
                .map(
                    r ->
                        List.of(
                            r.get("kind"), num(r.get("tenant_id")), num(r.get("points_earned"))))
                .toList())
        .containsExactly(
            List.of("TENANT_ISSUANCE", key.tenant().id(), 1205L),
            List.of("TENANT_CAMPAIGN", key.tenant().id(), 1205L));
    assertThat(db.longValue("select spent from campaign_budget where code = ?", code))
        .isEqualTo(1205);

    // 75 % back: floor(2,410 × 903.75 / 1,205) = 1,807 points, pro rata to the lots (issue 9):
    // 903.5 each exactly, the odd point to the lot opened first, so 904 own and 903 campaign
    var refund = refund(till, receipt, "903.75");
    assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
    long refundEntry =
        db.longValue("select id from journal_entry where reverses_entry_id = ?", saleEntry);
    assertThat(issuerLines(db, refundEntry))
        .containsExactly(List.of("TENANT_CAMPAIGN", 903L), List.of("TENANT_ISSUANCE", 904L));

    // the prepaid tenant: 500 own and 500 campaign points, 200 taken back, 100 from each
    String prepaidReceipt = "UQP-" + Fixtures.unique();
    var prepaidSale =
        prepaidTill
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + prepaidReceipt
                    + "\",\"amount\":500.00}")
            .send();
    assertThat(prepaidSale.status()).as(prepaidSale.toString()).isEqualTo(201);
    assertThat(prepaidSale.json().getJsonNumber("points").longValue()).isEqualTo(1000);
    assertThat(refund(prepaidTill, prepaidReceipt, "100.00").status()).isEqualTo(201);
    long prepaidSaleEntry =
        db.longValue(
            "select journal_entry_id from sale where tenant_id = ? and receipt_number = ?",
            prepaidKey.tenant().id(),
            prepaidReceipt);

    // as if booked three days ago from 01:00 in the mall's zone, in the order they were booked
    LocalDate day = LocalDate.now(ZONE).minusDays(3);
    Instant dayStart = day.atStartOfDay(ZONE).toInstant();
    long back = Duration.between(dayStart.plus(Duration.ofHours(1)), testStart).toSeconds();
    int moved =
        db.update(
            "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                + " where id in (select l.entry_id from journal_line l"
                + " join ledger_account c on c.id = l.account_id where c.tenant_id in (?, ?))",
            back,
            key.tenant().id(),
            prepaidKey.tenant().id());
    assertThat(moved).isEqualTo(4);

    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    JsonObject run = start(finance, mall, day);
    String one = RUNS + "/" + run.getJsonNumber("id");
    Map<String, JsonObject> statements = ClearingRunsIT.byParty(run);
    assertThat(statements.keySet()).containsExactlyInAnyOrder(tenant, prepaid, "OPERATOR");
    // cost 0.0110: 1,205 points are 13.255 → 13.26 on each charge line (the campaign's a line of
    // its own, rounded once); 904 × 0.0110 = 9.944 → 9.94 and 903 × 0.0110 = 9.933 → 9.93
    assertThat(lines(finance, one, statements.get(tenant)))
        .containsExactly(
            tuple("ISSUANCE_CHARGE", 1205L, "0.0110", "-13.26", 1L),
            tuple("ISSUANCE_REVERSED", 904L, "0.0110", "9.94", 1L),
            tuple("CAMPAIGN_CHARGE", 1205L, "0.0110", "-13.26", 1L),
            tuple("CAMPAIGN_REVERSED", 903L, "0.0110", "9.93", 1L));
    assertThat(net(statements.get(tenant))).isEqualTo("-6.65");
    // prepaid, an empty block: its own and its campaign's points draw it, 500 − 100 + 500 − 100 =
    // 800
    // beyond it at 0.0110 = 8.80 (the overdraft's entries: the sale and the refund, each on both
    // accounts)
    assertThat(lines(finance, one, statements.get(prepaid)))
        .containsExactly(
            tuple("FUNDED_FROM_BLOCK", 500L, "0.0110", "0.00", 1L),
            tuple("RETURNED_TO_BLOCK", 100L, "0.0110", "0.00", 1L),
            tuple("BLOCK_OVERDRAFT", 800L, "0.0110", "-8.80", 4L),
            tuple("CAMPAIGN_FROM_BLOCK", 500L, "0.0110", "0.00", 1L),
            tuple("CAMPAIGN_RETURNED_TO_BLOCK", 100L, "0.0110", "0.00", 1L));
    assertThat(net(statements.get(prepaid))).isEqualTo("-8.80");
    assertThat(lines(finance, one, statements.get("OPERATOR")))
        .containsExactly(
            tuple("ISSUANCE_CHARGE", 1205L, null, "13.26", 1L),
            tuple("ISSUANCE_REVERSED", 904L, null, "-9.94", 1L),
            tuple("FUNDED_FROM_BLOCK", 500L, null, "0.00", 1L),
            tuple("RETURNED_TO_BLOCK", 100L, null, "0.00", 1L),
            tuple("BLOCK_OVERDRAFT", 800L, null, "8.80", 4L),
            tuple("CAMPAIGN_CHARGE", 1205L, null, "13.26", 1L),
            tuple("CAMPAIGN_REVERSED", 903L, null, "-9.93", 1L),
            tuple("CAMPAIGN_FROM_BLOCK", 500L, null, "0.00", 1L),
            tuple("CAMPAIGN_RETURNED_TO_BLOCK", 100L, null, "0.00", 1L));
    assertThat(net(statements.get("OPERATOR"))).isEqualTo("15.45");
    assertNetsToZero(statements);
    assertEveryLineDrillsDownToItsPoints(finance, one, run);
    assertThat(placements(finance, saleEntry))
        .containsExactly("ISSUANCE_CHARGE", "CAMPAIGN_CHARGE");
    assertThat(placements(finance, refundEntry))
        .containsExactly("ISSUANCE_REVERSED", "CAMPAIGN_REVERSED");

    // a second refund booked the next day: floor(2,410 × 1,053.75 / 1,205) = 2,107 points in all,
    // 1,053.5 each exactly, so 1,054 own and 1,053 campaign: 150 more of each, adjustment lines of
    // the next day's run naming the sale, 150 × 0.0110 = 1.65 given back on each
    var late = refund(till, receipt, "150.00");
    assertThat(late.status()).as(late.toString()).isEqualTo(201);
    long lateEntry =
        db.longValue("select max(id) from journal_entry where reverses_entry_id = ?", saleEntry);
    assertThat(issuerLines(db, lateEntry))
        .containsExactly(List.of("TENANT_CAMPAIGN", 150L), List.of("TENANT_ISSUANCE", 150L));
    // and the prepaid tenant's sale, 900 of its 1,000 points back in all, 450 of each: 350 more
    assertThat(refund(prepaidTill, prepaidReceipt, "350.00").status()).isEqualTo(201);
    long prepaidLate =
        db.longValue(
            "select max(id) from journal_entry where reverses_entry_id = ?", prepaidSaleEntry);
    assertThat(issuerLines(db, prepaidLate))
        .containsExactly(List.of("TENANT_CAMPAIGN", 350L), List.of("TENANT_ISSUANCE", 350L));
    LocalDate nextDay = day.plusDays(1);
    db.update(
        "update journal_entry set recorded_at = ? where id in (?, ?)",
        Timestamp.from(nextDay.atStartOfDay(ZONE).toInstant().plus(Duration.ofHours(3))),
        lateEntry,
        prepaidLate);
    JsonObject next = start(finance, mall, nextDay);
    String two = RUNS + "/" + next.getJsonNumber("id");
    Map<String, JsonObject> nextStatements = ClearingRunsIT.byParty(next);
    List<JsonObject> lateLines = linesJson(finance, two, nextStatements.get(tenant));
    assertThat(lateLines)
        .extracting(
            l -> l.getString("kind"),
            l -> l.getJsonNumber("points").longValue(),
            l -> l.getJsonNumber("amount").bigDecimalValue().toPlainString())
        .containsExactly(
            tuple("LATE_ISSUANCE_REVERSED", 150L, "1.65"),
            tuple("LATE_CAMPAIGN_REVERSED", 150L, "1.65"));
    JsonObject lateLine = lateLines.get(1);
    assertThat(lateLines.get(0).getJsonObject("adjusts").getJsonNumber("id").longValue())
        .isEqualTo(saleEntry);
    JsonObject adjusts = lateLine.getJsonObject("adjusts");
    assertThat(adjusts.getJsonNumber("id").longValue()).isEqualTo(saleEntry);
    assertThat(adjusts.getString("reference")).isEqualTo("Sale " + receipt);
    assertThat(adjusts.getString("periodStart")).isEqualTo(day.toString());
    // back into the prepaid tenant's block, each an adjustment naming the sale
    assertThat(
            linesJson(finance, two, nextStatements.get(prepaid)).stream()
                .map(
                    l ->
                        List.<Object>of(
                            l.getString("kind"),
                            l.getJsonNumber("points").longValue(),
                            l.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                            l.getJsonObject("adjusts").getString("reference")))
                .toList())
        .containsExactly(
            List.of("LATE_RETURNED_TO_BLOCK", 350L, "0.00", "Sale " + prepaidReceipt),
            List.of("LATE_CAMPAIGN_RETURNED_TO_BLOCK", 350L, "0.00", "Sale " + prepaidReceipt));
    assertThat(lines(finance, two, nextStatements.get("OPERATOR")))
        .containsExactly(
            tuple("LATE_ISSUANCE_REVERSED", 150L, null, "-1.65", 1L),
            tuple("LATE_RETURNED_TO_BLOCK", 350L, null, "0.00", 1L),
            tuple("LATE_CAMPAIGN_REVERSED", 150L, null, "-1.65", 1L),
            tuple("LATE_CAMPAIGN_RETURNED_TO_BLOCK", 350L, null, "0.00", 1L));
    assertNetsToZero(nextStatements);
    assertEveryLineDrillsDownToItsPoints(finance, two, next);
    assertThat(placements(finance, lateEntry))
        .containsExactly("LATE_ISSUANCE_REVERSED", "LATE_CAMPAIGN_REVERSED");

    // the campaign account's lines are what the runs charged and gave back
    assertThat(
            db.longValue(
                "select sum(l.points) from journal_line l join ledger_account a"
                    + " on a.id = l.account_id where a.kind = 'TENANT_CAMPAIGN' and a.tenant_id = ?",
                key.tenant().id()))
        .isEqualTo(-1205 + 903 + 150);
    Fixtures.assertLedgerBalanced();
  }

  private static String publication(EarningRuleSet rules, Instant from) {
    return "{\"effectiveFrom\":\""
        + from
        + "\",\"effectiveTo\":\""
        + from.plus(Duration.ofHours(1))
        + "\",\"note\":\"IT tenant-funded campaign\",\"rules\":"
        + rules.toJson()
        + "}";
  }

  private static PosClient.Response refund(PosClient till, String receipt, String amount) {
    return till.post(
            "/api/v1/pos/refunds",
            "{\"receiptNumber\":\""
                + receipt
                + "\",\"refundReference\":\"UQ-R-"
                + Fixtures.unique()
                + "\",\"amount\":"
                + amount
                + "}")
        .send();
  }

  /** The entry's lines on issuers' accounts (not the member's), by account kind. */
  private static List<List<Object>> issuerLines(ItDatabase db, long entry) {
    return db
        .rows(
            "select a.kind, l.points from journal_line l join ledger_account a"
                + " on a.id = l.account_id where l.entry_id = ? and a.kind <> 'MEMBER'"
                + " order by a.kind",
            entry)
        .stream()
        .map(r -> List.<Object>of(r.get("kind"), num(r.get("points"))))
        .toList();
  }

  private static long num(Object value) {
    return ((Number) value).longValue();
  }

  private static JsonObject start(PortalClient client, ClearingRunsIT.Mall mall, LocalDate day) {
    var started =
        client.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + day
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return json(started.body());
  }

  private static List<JsonObject> linesJson(PortalClient client, String run, JsonObject statement) {
    var page =
        client.get(run + "/statements/" + statement.getJsonNumber("id") + "/lines?limit=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream().map(v -> v.asJsonObject()).toList();
  }

  private static List<org.assertj.core.groups.Tuple> lines(
      PortalClient client, String run, JsonObject statement) {
    return linesJson(client, run, statement).stream()
        .map(
            l ->
                tuple(
                    l.getString("kind"),
                    l.getJsonNumber("points").longValue(),
                    l.containsKey("rate")
                        ? l.getJsonNumber("rate").bigDecimalValue().toPlainString()
                        : null,
                    l.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                    l.getJsonNumber("entries").longValue()))
        .toList();
  }

  private static String net(JsonObject statement) {
    return statement.getJsonNumber("net").bigDecimalValue().toPlainString();
  }

  private static void assertNetsToZero(Map<String, JsonObject> statements) {
    assertThat(
            statements.values().stream()
                .map(s -> s.getJsonNumber("net").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");
  }

  /** For every line of every statement: its entries sum to its points, one row per entry. */
  private static void assertEveryLineDrillsDownToItsPoints(
      PortalClient client, String run, JsonObject detail) {
    for (var s : detail.getJsonArray("statements")) {
      JsonObject statement = s.asJsonObject();
      for (JsonObject line : linesJson(client, run, statement)) {
        var answer =
            client.get(
                run
                    + "/statements/"
                    + statement.getJsonNumber("id")
                    + "/lines/"
                    + line.getJsonNumber("id")
                    + "/entries?limit=50");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var entries = json(answer.body()).getJsonArray("entries");
        long sum =
            entries.stream()
                .mapToLong(e -> e.asJsonObject().getJsonNumber("points").longValue())
                .sum();
        assertThat(sum)
            .as(statement.getString("party") + " " + line.getString("kind"))
            .isEqualTo(line.getJsonNumber("points").longValue());
        assertThat(entries).hasSize((int) line.getJsonNumber("entries").longValue());
      }
    }
  }

  /** The kinds of the lines a journal entry landed in, in statement and line order. */
  private static List<String> placements(PortalClient client, long entry) {
    var answer = client.get("/api/v1/operator/clearing/entries/" + entry + "/placement");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getJsonArray("placements").stream()
        .map(p -> p.asJsonObject().getString("lineKind"))
        .toList();
  }
}
