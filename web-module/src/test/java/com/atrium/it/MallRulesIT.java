package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Earning rules for the group or for one mall (docs/earning.md, "Group and mall rules"), on the
 * demo data set's two malls: a mall's own version replaces the group's for that mall's sales only,
 * a one-mall marketing manager changes only its mall's rules and simulates only its mall's sales.
 */
@ExtendWith(RunningAtrium.class)
class MallRulesIT {

  static final String RULES = "/api/v1/operator/earning-rules";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void aMallsOwnRulesApplyToItsSalesAndTheGroupsEverywhereElse() {
    ItDatabase db = RunningAtrium.database();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Map<String, BigDecimal> tenants = new HashMap<>(groupRules().tenantMultipliers());
    tenants.put("CD-EL01", new BigDecimal("3"));
    EarningRuleSet cdRules = withTenants(groupRules(), tenants);
    PortalClient marketing = login(Fixtures.operator("OPERATOR_MARKETING"));
    // only CD-EL01 earns differently, and only for two minutes: other tests' sales are unaffected
    PortalClient.Page published =
        marketing.postJson(
            RULES,
            "{\"mall\":\"CD\",\"effectiveFrom\":\""
                + now
                + "\",\"effectiveTo\":\""
                + now.plus(Duration.ofMinutes(2))
                + "\",\"note\":\"CD only\",\"rules\":"
                + cdRules.toJson()
                + "}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    JsonObject version = json(published.body());
    assertThat(version.getString("mall")).isEqualTo("CD");
    assertThat(version.getBoolean("inForce")).isTrue();
    int cdVersion = version.getInt("version");
    assertThat(
            db.longValue(
                "select mall_id from earning_rule_set where version = ?", (long) cdVersion))
        .isEqualTo(Fixtures.mallId("CD"));

    String phone = PosSalesIT.randomPhone();
    PosClient cd = PosClient.demo("CD-EL01");
    assertThat(
            cd.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"规则会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    var cdSale =
        cd.post(
                "/api/v1/pos/sales",
                EarningRulesIT.sale(phone, "MR-" + Fixtures.unique(), "100.00", null))
            .send();
    assertThat(cdSale.status()).as(cdSale.toString()).isEqualTo(201);
    assertThat(cdSale.json().getJsonNumber("points").longValue()).isEqualTo(300);

    // a sale in the other mall keeps the group's version
    int groupVersion =
        (int)
            db.longValue(
                "select max(version) from earning_rule_set where mall_id is null"
                    + " and effective_from <= ? and (effective_to is null or effective_to > ?)",
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
    PosClient xh = PosClient.of(Fixtures.posKey());
    var xhSale =
        xh.post(
                "/api/v1/pos/sales",
                EarningRulesIT.sale(phone, "MR-" + Fixtures.unique(), "100.00", null))
            .send();
    assertThat(xhSale.status()).as(xhSale.toString()).isEqualTo(201);
    assertThat(xhSale.json().getJsonNumber("points").longValue()).isEqualTo(100);
    long memberId = db.longValue("select id from member where phone = ?", phone);
    assertThat(
            db
                .rows(
                    "select s.explanation from sale s join tenant t on t.id = s.tenant_id"
                        + " where s.member_id = ? order by t.mall_id",
                    memberId)
                .stream()
                .map(r -> json((String) r.get("explanation")).getInt("version"))
                .sorted()
                .toList())
        .containsExactlyInAnyOrder(cdVersion, groupVersion);
    assertLedgerBalanced();
  }

  @Test
  void aOneMallMarketingManagerChangesOnlyItsMallsRulesAndSimulatesOnlyItsSales() {
    ItDatabase db = RunningAtrium.database();
    long cd = Fixtures.mallId("CD");
    // far in the future: no sale ever falls into these versions
    Instant from = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(ChronoUnit.SECONDS);
    String window =
        "\"effectiveFrom\":\"" + from + "\",\"effectiveTo\":\"" + from.plus(Duration.ofDays(1));
    String campaign = "MR" + Fixtures.unique().toUpperCase(java.util.Locale.ROOT);
    EarningRuleSet withCampaign =
        groupRules()
            .withCampaigns(
                List.of(
                    new Campaign(
                        campaign,
                        "Group weekend",
                        from,
                        from.plus(Duration.ofHours(5)),
                        Set.of(),
                        Set.of(),
                        null,
                        10,
                        1000)));
    PortalClient group = login(Fixtures.operator("OPERATOR_MARKETING"));
    PortalClient.Page groupVersion =
        group.postJson(RULES, "{" + window + "\",\"rules\":" + withCampaign.toJson() + "}");
    assertThat(groupVersion.status()).as(groupVersion.body()).isEqualTo(201);
    assertThat(json(groupVersion.body()).containsKey("mall")).isFalse();
    PortalClient.Page xhVersion =
        group.postJson(
            RULES, "{\"mall\":\"XH\"," + window + "\",\"rules\":" + groupRules().toJson() + "}");
    assertThat(xhVersion.status()).as(xhVersion.body()).isEqualTo(201);
    int xhNumber = json(xhVersion.body()).getInt("version");

    PortalClient manager = login(Fixtures.mallOperator("OPERATOR_MARKETING", cd));
    long versionsBefore = db.longValue("select count(*) from earning_rule_set");
    // without a mall, a one-mall manager publishes for its own mall
    PortalClient.Page own =
        manager.postJson(RULES, "{" + window + "\",\"rules\":" + groupRules().toJson() + "}");
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    assertThat(json(own.body()).getString("mall")).isEqualTo("CD");
    PortalClient.Page other =
        manager.postJson(
            RULES, "{\"mall\":\"XH\"," + window + "\",\"rules\":" + groupRules().toJson() + "}");
    assertThat(other.status()).as(other.body()).isEqualTo(404);
    assertThat(other.body()).contains("MALL_NOT_FOUND");
    PortalClient.Page taken =
        manager.postJson(RULES, "{" + window + "\",\"rules\":" + withCampaign.toJson() + "}");
    assertThat(taken.status()).as(taken.body()).isEqualTo(400);
    assertThat(taken.body()).contains("CAMPAIGN_CODE_TAKEN");
    assertThat(db.longValue("select count(*) from earning_rule_set")).isEqualTo(versionsBefore + 1);
    assertThat(
            db.longValue(
                "select count(*) from campaign_budget where code = ? and mall_id is null",
                campaign))
        .isEqualTo(1);

    // the manager sees the group's versions and its mall's, never another mall's
    PortalClient.Page versions = manager.get(RULES);
    assertThat(versions.status()).isEqualTo(200);
    var seen = Json.createReader(new StringReader(versions.body())).readArray();
    assertThat(seen.size())
        .isEqualTo(
            db.longValue(
                "select count(*) from earning_rule_set where mall_id is null or mall_id = ?", cd));
    assertThat(seen.getValuesAs(JsonObject.class))
        .allSatisfy(v -> assertThat(v.getString("mall", "CD")).isEqualTo("CD"));
    assertThat(manager.get("/operator/rules/list.xhtml").body())
        .contains("星汇天地 Star Harbour Chengdu", "Whole group")
        .doesNotContain(">v" + xhNumber + "<");
    assertThat(manager.get("/operator/rules/edit.xhtml?from=" + xhNumber).status()).isEqualTo(404);
    String draft = manager.get("/operator/rules/edit.xhtml").body();
    assertThat(draft).contains("value=\"CD\"").doesNotContain("<option value=\"\"");

    // its simulation covers its mall's sales only
    LocalDate to = LocalDate.now(ZONE);
    LocalDate start = to.minusDays(30);
    PortalClient.Page simulated =
        manager.postJson(
            RULES + "/simulations", "{\"from\":\"" + start + "\",\"to\":\"" + to + "\"}");
    assertThat(simulated.status()).as(simulated.body()).isEqualTo(200);
    JsonObject result = json(simulated.body());
    long cdSales =
        db.longValue(
            "select count(*) from sale s join tenant t on t.id = s.tenant_id"
                + " where t.mall_id = ? and s.occurred_at >= ? and s.occurred_at < ?",
            cd,
            Timestamp.from(start.atStartOfDay(ZONE).toInstant()),
            Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
    assertThat(result.getJsonNumber("sales").longValue()).isEqualTo(cdSales);
    assertThat(result.getJsonArray("tenants").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.getString("tenantCode")).startsWith("CD-"));
  }

  private static EarningRuleSet groupRules() {
    return EarningRulesIT.inForce(Instant.now());
  }

  private static EarningRuleSet withTenants(EarningRuleSet r, Map<String, BigDecimal> tenants) {
    return new EarningRuleSet(
        r.baseRate(),
        r.minimumSpend(),
        r.capPerTransaction(),
        r.capPerMemberPerDay(),
        r.categoryMultipliers(),
        tenants,
        r.tierMultipliers(),
        r.birthdayMultiplier(),
        r.excludedTenants(),
        r.campaigns());
  }

  private static PortalClient login(Fixtures.UserRow user) {
    PortalClient portal = new PortalClient("en");
    assertThat(portal.login(user.username(), user.password()).redirectPath()).isPresent();
    return portal;
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
