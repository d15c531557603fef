package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.earning.RuleEvaluator;
import com.atrium.earning.SaleFacts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Earning rules through the POS API: a campaign's budget is never exceeded however many sales race
 * for it, and each sale is evaluated with the rule version in force at the sale's time. Each test
 * publishes a version that copies the rules in force and changes them only for its own new tenant,
 * so the other tests' sales are unaffected.
 */
@ExtendWith(RunningAtrium.class)
class EarningRulesIT {

  static final String SALES = "/api/v1/pos/sales";

  Fixtures.PosKey key;
  PosClient pos;

  @BeforeEach
  void newTenant() {
    key = Fixtures.posKey();
    pos = PosClient.of(key);
  }

  @Test
  void concurrentSalesNeverTakeACampaignPastItsBudget() throws Exception {
    String code = "IT" + Fixtures.unique().toUpperCase(Locale.ROOT);
    Instant now = Instant.now();
    // 100 bonus points per sale, a budget that pays for 10 of them and not quite an 11th
    var campaign =
        new Campaign(
            code,
            "IT budget race",
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofHours(1)),
            Set.of(key.tenant().code()),
            Set.of(),
            null,
            100,
            1_050);
    EarningRuleSet inForce = inForce(now);
    List<Campaign> campaigns = new ArrayList<>(inForce.campaigns());
    campaigns.add(campaign);
    publish(inForce.withCampaigns(campaigns), now.minusSeconds(60), null);
    RunningAtrium.database()
        .update("insert into campaign_budget (code, budget, spent) values (?, 1050, 0)", code);

    int clients = 40;
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      phones.add(register());
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<PosClient.Response>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String phone = phones.get(i);
      String receipt = "B-" + i;
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return pos.post(SALES, sale(phone, receipt, "10.00", null)).send();
              }));
    }
    go.countDown();
    int withBonus = 0;
    for (Future<PosClient.Response> f : answers) {
      PosClient.Response r = f.get();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      long points = r.json().getJsonNumber("points").longValue();
      assertThat(points).isIn(10L, 110L);
      if (points == 110) {
        withBonus++;
        assertThat(r.json().getJsonArray("explanation").toString())
            .contains("CAMPAIGN_BONUS", code);
      }
    }
    pool.shutdown();

    ItDatabase db = RunningAtrium.database();
    assertThat(withBonus).isEqualTo(10);
    assertThat(db.longValue("select spent from campaign_budget where code = ?", code))
        .isEqualTo(1000);
    assertThat(
            db.longValue(
                "select coalesce(sum(points), 0) from campaign_charge where campaign_code = ?",
                code))
        .isEqualTo(1000);
    // the bonus came from the operator's marketing account, the base points from the tenant
    assertThat(
            db.longValue(
                "select coalesce(sum(l.points), 0) from journal_line l join ledger_account a on a.id = l.account_id"
                    + " join journal_entry e on e.id = l.entry_id"
                    + " where a.kind = 'OPERATOR_MARKETING' and e.tenant_id = ?",
                key.tenant().id()))
        .isEqualTo(-1000);
    assertThat(
            db.longValue(
                "select coalesce(sum(l.points), 0) from journal_line l join ledger_account a on a.id = l.account_id"
                    + " where a.kind = 'TENANT_ISSUANCE' and a.tenant_id = ?",
                key.tenant().id()))
        .isEqualTo(-10L * clients);
    assertThat(
            db.longValue(
                "select count(*) from points_lot p join ledger_account a on a.id = p.issuer_account_id"
                    + " join journal_entry e on e.id = p.credit_entry_id"
                    + " where a.kind = 'OPERATOR_MARKETING' and e.tenant_id = ?",
                key.tenant().id()))
        .isEqualTo(10);
    assertLedgerBalanced();
  }

  @Test
  void aSaleIsEvaluatedWithTheVersionInForceAtItsTime() {
    Instant switchAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    EarningRuleSet inForce = inForce(switchAt);
    Map<String, BigDecimal> tenants = new HashMap<>(inForce.tenantMultipliers());
    tenants.put(key.tenant().code(), new BigDecimal("3"));
    EarningRuleSet tripled =
        new EarningRuleSet(
            inForce.baseRate(),
            inForce.minimumSpend(),
            inForce.capPerTransaction(),
            inForce.capPerMemberPerDay(),
            inForce.categoryMultipliers(),
            tenants,
            inForce.tierMultipliers(),
            inForce.birthdayMultiplier(),
            inForce.excludedTenants(),
            inForce.campaigns());
    int version = publish(tripled, switchAt, null);
    String phone = register();

    var before =
        pos.post(SALES, sale(phone, "V-1", "50.00", switchAt.minus(Duration.ofMinutes(10)))).send();
    var after = pos.post(SALES, sale(phone, "V-2", "50.00", switchAt.plusSeconds(1))).send();
    assertThat(before.status()).as(before.toString()).isEqualTo(201);
    assertThat(after.status()).as(after.toString()).isEqualTo(201);
    assertThat(before.json().getJsonNumber("points").longValue()).isEqualTo(50);
    assertThat(after.json().getJsonNumber("points").longValue()).isEqualTo(150);
    JsonObject multiplier = after.json().getJsonArray("explanation").getJsonObject(1);
    assertThat(multiplier.getString("rule")).isEqualTo("TENANT_MULTIPLIER");
    assertThat(multiplier.getJsonNumber("points").longValue()).isEqualTo(100);

    ItDatabase db = RunningAtrium.database();
    String stored =
        (String)
            db.value(
                "select explanation from sale where tenant_id = ? and receipt_number = 'V-2'",
                key.tenant().id());
    assertThat(stored).contains("\"version\":" + version);
    String older =
        (String)
            db.value(
                "select explanation from sale where tenant_id = ? and receipt_number = 'V-1'",
                key.tenant().id());
    assertThat(older).doesNotContain("\"version\":" + version);
    assertLedgerBalanced();
  }

  @Test
  void theWhatIfSimulationOfAMonthOfSalesTakesSecondsAndMatchesTheEvaluator() {
    ItDatabase db = RunningAtrium.database();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Instant last = ((Timestamp) db.value("select max(occurred_at) from sale")).toInstant();
    LocalDate to = last.atZone(zone).toLocalDate();
    LocalDate from = to.minusDays(30);
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();

    EarningRuleSet inForce = inForce(Instant.now());
    Map<String, BigDecimal> tenants = new HashMap<>(inForce.tenantMultipliers());
    tenants.put("FB002", new BigDecimal("1.25"));
    EarningRuleSet draft =
        new EarningRuleSet(
            new BigDecimal("1.5"),
            new BigDecimal("20.00"),
            400L,
            700L,
            inForce.categoryMultipliers(),
            tenants,
            inForce.tierMultipliers(),
            new BigDecimal("2"),
            Set.of("SV001"),
            List.of(
                new Campaign(
                    "SIMFASHION",
                    "Fashion week",
                    start.plus(Duration.ofDays(3)),
                    start.plus(Duration.ofDays(10)),
                    Set.of(),
                    Set.of("FASHION"),
                    new BigDecimal("2"),
                    0,
                    1_000_000),
                new Campaign(
                    "SIMFB001",
                    "Coffee bonus",
                    start,
                    end,
                    Set.of("FB001"),
                    Set.of(),
                    null,
                    5,
                    1_000_000)));

    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    long t0 = System.nanoTime();
    PortalClient.Page answer =
        browser.postJson(
            "/api/v1/operator/earning-rules/simulations",
            "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"rules\":" + draft.toJson() + "}");
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject result = Json.createReader(new StringReader(answer.body())).readObject();
    long sales = result.getJsonNumber("sales").longValue();
    System.out.printf(
        "what-if simulation: %d sales over %s..%s in %d ms (server %d ms)%n",
        sales, from, to, took.toMillis(), result.getJsonNumber("millis").longValue());
    assertThat(sales).isGreaterThan(1000);
    assertThat(took).isLessThan(Duration.ofSeconds(10));

    // the same draft, evaluated sale by sale by the pure evaluator in the order the sales were
    // booked, gives the same points; the daily cap counts the member's other sales of the day (the
    // malls with rules of their own) with the points they were credited
    Map<String, long[]> expected = new TreeMap<>();
    Map<String, Long> earlier = new HashMap<>();
    for (Map<String, Object> r :
        db.rows(
            // each sale with the member's tier and birthday month it was evaluated with (V15)
            "select s.id, s.member_id, s.amount, s.occurred_at, s.points, t.code, t.category,"
                + " s.tier_code, s.birthday_month,"
                // the group's draft leaves alone the sales of a mall that had rules of its own
                + " not exists (select 1 from earning_rule_set r where r.mall_id = s.mall_id"
                + " and r.effective_from <= s.occurred_at"
                + " and (r.effective_to is null or r.effective_to > s.occurred_at)) as simulated"
                + " from sale s join tenant t on t.id = s.tenant_id"
                + " where s.occurred_at >= ? and s.occurred_at < ?"
                + " order by s.recorded_at, s.id",
            Timestamp.from(start),
            Timestamp.from(end))) {
      Instant at = ((Timestamp) r.get("occurred_at")).toInstant();
      String dayKey = r.get("member_id") + "/" + at.atZone(zone).toLocalDate();
      long credited = ((Number) r.get("points")).longValue();
      if (!(Boolean) r.get("simulated")) {
        earlier.merge(dayKey, credited, Long::sum);
        continue;
      }
      var facts =
          new SaleFacts(
              (BigDecimal) r.get("amount"),
              at,
              (String) r.get("code"),
              (String) r.get("category"),
              (String) r.get("tier_code"),
              (Boolean) r.get("birthday_month"),
              earlier.getOrDefault(dayKey, 0L));
      var e = RuleEvaluator.evaluate(draft, 0, facts);
      earlier.merge(dayKey, e.points(), Long::sum);
      long[] sums = expected.computeIfAbsent((String) r.get("code"), k -> new long[4]);
      sums[0]++;
      sums[1] += credited;
      sums[2] += e.points();
      sums[3] += e.operatorPoints();
    }
    Map<String, long[]> actual = new TreeMap<>();
    for (JsonObject t : result.getJsonArray("tenants").getValuesAs(JsonObject.class)) {
      actual.put(
          t.getString("tenantCode"),
          new long[] {
            t.getJsonNumber("sales").longValue(), t.getJsonNumber("actual").longValue(),
            t.getJsonNumber("simulated").longValue(),
                t.getJsonNumber("simulatedByOperator").longValue()
          });
    }
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((code, sums) -> assertThat(actual.get(code)).as(code).containsExactly(sums));
    assertThat(actual.get("SV001")[2]).isZero();
    assertThat(actual.get("FB001")[3]).isPositive();
  }

  /**
   * Issue 12: the rules in force, simulated unchanged, gave more than was credited, because the
   * simulation took each member's tier of today. A member upgraded by a sale has that sale
   * evaluated with the tier before, and the simulation now gives exactly what was credited.
   */
  @Test
  void theRulesInForceSimulatedUnchangedGiveWhatWasCreditedThoughTheMemberChangedTierSince() {
    ItDatabase db = RunningAtrium.database();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    String phone = register();
    // booked at STANDARD; its spend reaches SILVER (5000.00), which the next sale is booked at
    var atStandard = pos.post(SALES, sale(phone, "T12-1", "5000.00", null)).send();
    var atSilver = pos.post(SALES, sale(phone, "T12-2", "100.00", null)).send();
    assertThat(atStandard.status()).as(atStandard.toString()).isEqualTo(201);
    assertThat(atSilver.status()).as(atSilver.toString()).isEqualTo(201);
    long memberId = db.longValue("select id from member where phone = ?", phone);
    assertThat(db.value("select tier from member where id = ?", memberId)).isEqualTo("SILVER");
    assertThat(
            db.rows("select tier_code from sale where member_id = ? order by id", memberId).stream()
                .map(r -> r.get("tier_code"))
                .toList())
        .containsExactly("STANDARD", "SILVER");
    assertThat(atStandard.json().getJsonArray("explanation").toString())
        .doesNotContain("TIER_MULTIPLIER");
    assertThat(atSilver.json().getJsonArray("explanation").toString()).contains("TIER_MULTIPLIER");
    long credited =
        atStandard.json().getJsonNumber("points").longValue()
            + atSilver.json().getJsonNumber("points").longValue();

    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    LocalDate today = LocalDate.now(zone);
    // no draft: the rules in force, unchanged; a day either side keeps a midnight out of the way
    PortalClient.Page answer =
        browser.postJson(
            "/api/v1/operator/earning-rules/simulations",
            "{\"from\":\"" + today.minusDays(1) + "\",\"to\":\"" + today.plusDays(1) + "\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject own =
        Json.createReader(new StringReader(answer.body()))
            .readObject()
            .getJsonArray("tenants")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(t -> t.getString("tenantCode").equals(key.tenant().code()))
            .findFirst()
            .orElseThrow();
    assertThat(own.getJsonNumber("sales").longValue()).isEqualTo(2);
    assertThat(own.getJsonNumber("actual").longValue()).isEqualTo(credited);
    assertThat(own.getJsonNumber("simulated").longValue()).isEqualTo(credited);
    assertLedgerBalanced();
  }

  /**
   * Issue 12: the daily cap per member and day, which SaleBook applies against the points already
   * booked for the member that day in any mall. Mall A caps at 100 points a day, mall B does not;
   * the member shops in both, and one sale in A is posted late (it happened before the others). The
   * rules in force, simulated unchanged over A, give exactly what was credited.
   */
  @Test
  void theRulesInForceSimulatedUnchangedGiveWhatWasCreditedUnderADailyCapAcrossMallsAndLatePosts() {
    ItDatabase db = RunningAtrium.database();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    long mallA = ClearingDay.newMall();
    long mallB = ClearingDay.newMall();
    String codeA = (String) db.value("select code from mall where id = ?", mallA);
    Instant since = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    Fixtures.publishRules(mallA, Fixtures.baseRateOne(100L), since);
    Fixtures.publishRules(mallB, Fixtures.baseRateOne(null), since);
    Fixtures.PosKey a1 = ClearingDay.posKey(mallA);
    Fixtures.PosKey a2 = ClearingDay.posKey(mallA);
    PosClient tillA1 = PosClient.of(a1);
    PosClient tillA2 = PosClient.of(a2);
    PosClient tillB = PosClient.of(ClearingDay.posKey(mallB));
    pos = tillA1;
    String phone = register();
    // yesterday in the mall's zone, so that no midnight falls between the sales
    LocalDate day = LocalDate.now(zone).minusDays(1);
    Instant nine = day.atTime(9, 0).atZone(zone).toInstant();
    // in booking order: the points the live cap leaves (100 a day in A, none in B)
    long[] credited = {
      points(tillB, sale(phone, "DC-1", "60.00", nine.plusSeconds(3600))), // B 10:00
      points(tillA1, sale(phone, "DC-2", "30.00", nine.plusSeconds(3 * 3600))), // A 12:00
      points(tillA2, sale(phone, "DC-3", "50.00", nine)), // A 09:00, posted late
      points(tillB, sale(phone, "DC-4", "25.00", nine.plusSeconds(4 * 3600))), // B 13:00
      points(tillA1, sale(phone, "DC-5", "15.00", nine.plusSeconds(5 * 3600))) // A 14:00
    };
    // A's cap counts B's 60 points: 30 of 40 left, then 10, then nothing after B's 25 more
    assertThat(credited).containsExactly(60, 30, 10, 25, 0);

    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    String period = "\"mall\":\"" + codeA + "\",\"from\":\"" + day + "\",\"to\":\"" + day + "\"";
    JsonObject unchanged = simulation(browser, "{" + period + "}");
    assertThat(unchanged.getJsonNumber("sales").longValue()).isEqualTo(3);
    assertThat(unchanged.getJsonNumber("actual").longValue()).isEqualTo(40);
    assertThat(unchanged.getJsonNumber("simulated").longValue()).isEqualTo(40);
    assertThat(tenantFigures(unchanged, a1.tenant().code())).containsExactly(2, 30, 30);
    assertThat(tenantFigures(unchanged, a2.tenant().code())).containsExactly(1, 10, 10);

    // a draft capping at 80: B's 60 leave 20 for 12:00, nothing for the late post or 14:00
    JsonObject draft =
        simulation(
            browser, "{" + period + ",\"rules\":" + Fixtures.baseRateOne(80L).toJson() + "}");
    assertThat(draft.getJsonNumber("simulated").longValue()).isEqualTo(20);
    assertThat(tenantFigures(draft, a1.tenant().code())).containsExactly(2, 30, 20);
    assertThat(tenantFigures(draft, a2.tenant().code())).containsExactly(1, 10, 0);
    assertLedgerBalanced();
  }

  /**
   * A sale's day for the daily cap is the day of its mall, in its mall's zone: the London mall caps
   * at 100 points a day. One member's two sales, half an hour either side of London's midnight, are
   * on one Shanghai day but two London days: both earn in full. Another's, either side of
   * Shanghai's midnight, are on one London day: the second is capped. The what-if simulation of the
   * London mall replays both.
   */
  @Test
  void theDailyCapCountsTheDayOfTheMallWhereTheSaleIsMadeInItsZone() {
    ZoneId london = ZoneId.of("Europe/London");
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    long mall = Fixtures.mallId(RunningAtrium.LONDON_MALL);
    Fixtures.publishRules(
        mall, Fixtures.baseRateOne(100L), Instant.now().minus(Duration.ofDays(3)));
    Fixtures.PosKey till = ClearingDay.posKey(mall);
    pos = PosClient.of(till);
    LocalDate day = LocalDate.now(london).minusDays(1);
    Instant londonMidnight = day.atStartOfDay(london).toInstant();
    Instant shanghaiMidnight = day.atStartOfDay(shanghai).toInstant();
    Duration half = Duration.ofMinutes(30);
    assertThat(londonMidnight.minus(half).atZone(shanghai).toLocalDate())
        .isEqualTo(londonMidnight.plus(half).atZone(shanghai).toLocalDate());
    assertThat(shanghaiMidnight.minus(half).atZone(london).toLocalDate())
        .isEqualTo(shanghaiMidnight.plus(half).atZone(london).toLocalDate());

    String first = register();
    String second = register();
    long[] credited = {
      points(pos, sale(first, "LD-1", "80.00", londonMidnight.minus(half))),
      points(pos, sale(first, "LD-2", "80.00", londonMidnight.plus(half))),
      points(pos, sale(second, "SH-1", "80.00", shanghaiMidnight.minus(half))),
      points(pos, sale(second, "SH-2", "80.00", shanghaiMidnight.plus(half)))
    };
    // in the operator's zone (Shanghai) it would be 80, 20, 80, 80
    assertThat(credited).containsExactly(80, 80, 80, 20);

    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    // London days: the day before (both of the second member's, the first's 23:30) and the day
    String period =
        "\"mall\":\""
            + RunningAtrium.LONDON_MALL
            + "\",\"from\":\""
            + day.minusDays(1)
            + "\",\"to\":\""
            + day
            + "\"";
    JsonObject unchanged = simulation(browser, "{" + period + "}");
    assertThat(tenantFigures(unchanged, till.tenant().code())).containsExactly(4, 260, 260);
    // a draft capping at 50: the first member 50 and 50, the second 50 and nothing
    JsonObject draft =
        simulation(
            browser, "{" + period + ",\"rules\":" + Fixtures.baseRateOne(50L).toJson() + "}");
    assertThat(tenantFigures(draft, till.tenant().code())).containsExactly(4, 260, 150);
    // the group's draft counts the days of two zones, and leaves the London mall's own rules alone
    String days = "\"from\":\"" + day.minusDays(1) + "\",\"to\":\"" + day + "\"";
    JsonObject group =
        simulation(browser, "{" + days + ",\"rules\":" + Fixtures.baseRateOne(50L).toJson() + "}");
    assertThat(group.getJsonArray("tenants").getValuesAs(JsonObject.class))
        .noneMatch(t -> t.getString("tenantCode").equals(till.tenant().code()));
    assertLedgerBalanced();
  }

  private static long points(PosClient till, String body) {
    var answer = till.post(SALES, body).send();
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().getJsonNumber("points").longValue();
  }

  private static JsonObject simulation(PortalClient browser, String body) {
    PortalClient.Page answer = browser.postJson("/api/v1/operator/earning-rules/simulations", body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** A tenant's sales, actual and simulated points in a simulation's result. */
  private static long[] tenantFigures(JsonObject result, String tenantCode) {
    JsonObject t =
        result.getJsonArray("tenants").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("tenantCode").equals(tenantCode))
            .findFirst()
            .orElseThrow();
    return new long[] {
      t.getJsonNumber("sales").longValue(),
      t.getJsonNumber("actual").longValue(),
      t.getJsonNumber("simulated").longValue()
    };
  }

  @Test
  void marketingPublishesANewVersionWhichIsAuditedAndOthersMayNot() {
    ItDatabase db = RunningAtrium.database();
    EarningRuleSet inForce = inForce(Instant.now());
    // a window in the future that no other test's sale can fall into
    Instant from = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    String body =
        "{\"effectiveFrom\":\""
            + from
            + "\",\"effectiveTo\":\""
            + from.plus(Duration.ofHours(1))
            + "\",\"note\":\"IT publish\",\"rules\":"
            + inForce.toJson()
            + "}";

    var marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient browser = new PortalClient();
    browser.login(marketing.username(), marketing.password());
    PortalClient.Page published = browser.postJson("/api/v1/operator/earning-rules", body);
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    int version =
        Json.createReader(new StringReader(published.body())).readObject().getInt("version");
    assertThat(db.value("select created_by from earning_rule_set where version = ?", version))
        .isEqualTo(marketing.username());
    Map<String, Object> audit =
        db.row(
                "select actor, before_state, after_state from audit_event where action = 'EARNING_RULES_PUBLISHED'"
                    + " and subject_id = ?",
                String.valueOf(version))
            .orElseThrow();
    assertThat(audit.get("actor")).isEqualTo(marketing.username());
    assertThat((String) audit.get("before_state")).contains("version=");
    assertThat((String) audit.get("after_state")).contains("version=" + version, "IT publish");

    PortalClient.Page backdated =
        browser.postJson(
            "/api/v1/operator/earning-rules",
            body.replace(from.toString(), Instant.now().minus(Duration.ofDays(1)).toString()));
    assertThat(backdated.status()).isEqualTo(400);
    assertThat(backdated.body()).contains("EFFECTIVE_FROM_INVALID");
    PortalClient.Page invalid =
        browser.postJson(
            "/api/v1/operator/earning-rules", body.replace("\"baseRate\":\"", "\"baseRate\":\"-"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.body()).contains("RULES_INVALID");

    // the portal pages list the version and start a draft from it
    PortalClient.Page list = browser.get("/operator/rules/list.xhtml");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("v" + version, "IT publish");
    PortalClient.Page edit = browser.get("/operator/rules/edit.xhtml?from=" + version);
    assertThat(edit.status()).isEqualTo(200);
    assertThat(edit.body()).contains("draft:baseRate", "draft:simulate", "draft:publish");

    var service = Fixtures.operator("OPERATOR_SERVICE");
    PortalClient other = new PortalClient();
    other.login(service.username(), service.password());
    assertThat(other.postJson("/api/v1/operator/earning-rules", body).status()).isEqualTo(403);
    var finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient reader = new PortalClient();
    reader.login(finance.username(), finance.password());
    assertThat(reader.get("/api/v1/operator/earning-rules").status()).isEqualTo(200);
    assertThat(reader.postJson("/api/v1/operator/earning-rules", body).status()).isEqualTo(403);
  }

  /** The group's rules in force at that instant, as the server reads them. */
  static EarningRuleSet inForce(Instant at) {
    String json =
        (String)
            RunningAtrium.database()
                .value(
                    "select rules from earning_rule_set where mall_id is null and effective_from <= ?"
                        + " and (effective_to is null or effective_to > ?) order by version desc limit 1",
                    Timestamp.from(at),
                    Timestamp.from(at));
    return EarningRuleSet.fromJson(json);
  }

  /** Publishes a version the way the service stores it; returns its number. */
  static synchronized int publish(EarningRuleSet rules, Instant from, Instant to) {
    ItDatabase db = RunningAtrium.database();
    int version = (int) db.longValue("select coalesce(max(version), 0) + 1 from earning_rule_set");
    db.update(
        "insert into earning_rule_set (id, version, effective_from, effective_to, rules, note, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, 'IT', 'it', ?)",
        db.nextId(),
        version,
        Timestamp.from(from),
        to == null ? null : Timestamp.from(to),
        rules.toJson(),
        Timestamp.from(Instant.now()));
    return version;
  }

  String register() {
    String phone = PosSalesIT.randomPhone();
    var created =
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\""
                    + phone
                    + "\",\"name\":\"规则会员\",\"language\":\"zh\","
                    + "\"acceptTerms\":true,\"marketingConsent\":false}")
            .send();
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return phone;
  }

  static String sale(String phone, String receipt, String amount, Instant at) {
    return "{\"phone\":\""
        + phone
        + "\",\"receiptNumber\":\""
        + receipt
        + "\",\"amount\":"
        + amount
        + (at == null ? "" : ",\"occurredAt\":\"" + at + "\"")
        + "}";
  }
}
