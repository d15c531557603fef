package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's clearing terms through the operators' API (docs/clearing.md, "Terms and their
 * history"): the startup seed from tenant-config, finance adding a version with the history keeping
 * both and the audit log the change, refusals that change nothing, and a one-mall finance login to
 * which another mall's tenant does not exist.
 */
@ExtendWith(RunningAtrium.class)
class ClearingTermsIT {

  @Test
  void financeChangesATenantsRatesAndTheHistoryKeepsBothVersions() {
    Fixtures.TenantRow tenant = Fixtures.tenant();
    String terms = "/api/v1/operator/clearing/tenants/" + tenant.id() + "/terms";
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));

    var changed =
        finance.postJson(
            terms,
            "{\"costPerPoint\":0.0120,\"reimbursementPerPoint\":0.0100,"
                + "\"clearingFeePercent\":1.5,\"settlementMode\":\"PREPAID\","
                + "\"note\":\"contract renewal\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(201);
    JsonObject v2 = json(changed.body());
    assertThat(v2.getInt("version")).isEqualTo(2);
    assertThat(v2.getJsonNumber("costPerPoint").bigDecimalValue()).isEqualByComparingTo("0.0120");
    assertThat(v2.getString("settlementMode")).isEqualTo("PREPAID");

    // a version that starts tomorrow is kept but not yet in force
    Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    assertThat(
            finance
                .postJson(
                    terms,
                    "{\"costPerPoint\":0.0125,\"reimbursementPerPoint\":0.0100,"
                        + "\"clearingFeePercent\":1.5,\"settlementMode\":\"PREPAID\","
                        + "\"effectiveFrom\":\""
                        + tomorrow
                        + "\"}")
                .status())
        .isEqualTo(201);

    JsonObject history = json(finance.get(terms).body());
    assertThat(history.getString("tenantCode")).isEqualTo(tenant.code());
    assertThat(history.getInt("inForce")).isEqualTo(2);
    JsonArray versions = history.getJsonArray("versions");
    assertThat(versions.stream().map(v -> v.asJsonObject().getInt("version")))
        .containsExactly(3, 2, 1);
    // version 1: what tenant-config gives the category (FOOD_BEVERAGE), in force from 2000
    JsonObject v1 = versions.getJsonObject(2);
    assertThat(v1.getJsonNumber("costPerPoint").bigDecimalValue()).isEqualByComparingTo("0.0110");
    assertThat(v1.getJsonNumber("reimbursementPerPoint").bigDecimalValue())
        .isEqualByComparingTo("0.0095");
    assertThat(v1.getJsonNumber("clearingFeePercent").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(v1.getString("settlementMode")).isEqualTo("POSTPAID");
    assertThat(v1.getString("createdBy")).isEqualTo("tenant-config");
    assertThat(v1.getString("effectiveFrom")).isEqualTo("2000-01-01T00:00:00Z");
    assertThat(versions.getJsonObject(1).getString("note")).isEqualTo("contract renewal");
    assertThat(versions.getJsonObject(0).getString("effectiveFrom")).isEqualTo(tomorrow.toString());

    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'CLEARING_TERMS_CHANGED'"
                        + " and subject = 'tenant' and subject_id = ?",
                    Long.toString(tenant.id())))
        .isEqualTo(2);
  }

  @Test
  void badTermsAreRefusedWithTheirCodesAndChangeNothing() {
    Fixtures.TenantRow tenant = Fixtures.tenant();
    String terms = "/api/v1/operator/clearing/tenants/" + tenant.id() + "/terms";
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    String valid =
        "{\"costPerPoint\":0.0120,\"reimbursementPerPoint\":0.0100,"
            + "\"clearingFeePercent\":0,\"settlementMode\":\"POSTPAID\"}";

    assertRefused(
        finance, terms, valid.replace("0.0120", "0.01205"), 400, "COST_PER_POINT_INVALID");
    assertRefused(
        finance, terms, valid.replace("0.0100", "-0.01"), 400, "REIMBURSEMENT_PER_POINT_INVALID");
    assertRefused(
        finance,
        terms,
        valid.replace("\"clearingFeePercent\":0", "\"clearingFeePercent\":100.5"),
        400,
        "CLEARING_FEE_INVALID");
    assertRefused(
        finance, terms, valid.replace("POSTPAID", "MONTHLY"), 400, "SETTLEMENT_MODE_INVALID");
    assertRefused(
        finance,
        terms,
        valid.replace("}", ",\"effectiveFrom\":\"2020-01-01T00:00:00Z\"}"),
        400,
        "EFFECTIVE_FROM_IN_PAST");
    assertRefused(
        finance,
        terms,
        valid.replace("}", ",\"effectiveFrom\":\"+999999999-12-31T23:59:59Z\"}"),
        400,
        "EFFECTIVE_FROM_INVALID");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from clearing_terms where tenant_id = ?", tenant.id()))
        .isZero();

    assertThat(finance.postJson(terms, valid).status()).isEqualTo(201);
    // the same terms again: nothing would change
    assertRefused(finance, terms, valid, 409, "TERMS_UNCHANGED");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from clearing_terms where tenant_id = ?", tenant.id()))
        .isEqualTo(2);
  }

  @Test
  void aOneMallFinanceLoginFindsNoTenantOfAnotherMall() {
    Fixtures.TenantRow tenant = Fixtures.tenant();
    long mall =
        RunningAtrium.database().longValue("select mall_id from tenant where id = ?", tenant.id());
    long otherMall =
        RunningAtrium.database().longValue("select min(id) from mall where id <> ?", mall);
    String terms = "/api/v1/operator/clearing/tenants/" + tenant.id() + "/terms";
    PortalClient elsewhere = login(Fixtures.mallOperator("OPERATOR_FINANCE", otherMall));

    assertRefusedGet(elsewhere, terms);
    assertRefused(
        elsewhere,
        terms,
        "{\"costPerPoint\":0.0200,\"reimbursementPerPoint\":0.0100,"
            + "\"clearingFeePercent\":0,\"settlementMode\":\"POSTPAID\"}",
        404,
        "TENANT_NOT_FOUND");
    assertThat(
            RunningAtrium.database()
                .longValue("select count(*) from clearing_terms where tenant_id = ?", tenant.id()))
        .isZero();

    // the tenant's own mall's finance sees it
    PortalClient own = login(Fixtures.mallOperator("OPERATOR_FINANCE", mall));
    assertThat(own.get(terms).status()).isEqualTo(200);
  }

  @Test
  void everyTenantOfTheDemoDataHasItsTermsFromTenantConfigAtStart() {
    long starbucks =
        RunningAtrium.database().longValue("select id from tenant where code = 'FB001'");
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    JsonObject history =
        json(finance.get("/api/v1/operator/clearing/tenants/" + starbucks + "/terms").body());
    JsonObject first = history.getJsonArray("versions").getJsonObject(0);
    assertThat(history.getInt("inForce")).isEqualTo(1);
    assertThat(first.getString("createdBy")).isEqualTo("tenant-config");
    assertThat(first.getJsonNumber("costPerPoint").bigDecimalValue())
        .isEqualByComparingTo("0.0110");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from tenant t where not exists"
                        + " (select 1 from clearing_terms c where c.tenant_id = t.id)"
                        + " and t.code in ('FB001', 'FA001', 'CD-FB01', 'CD-FA01')"))
        .isZero();
  }

  @Test
  void aTenantOpenedInThePortalHasItsConfiguredTermsAtOnce() {
    PortalClient admin = login(Fixtures.operator("OPERATOR_ADMIN"));
    String code = "CT" + Fixtures.unique();
    String viewState = admin.get("/operator/tenants/edit.xhtml").viewState();
    var saved =
        admin.postForm(
            "/operator/tenants/edit.xhtml",
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "tenant:save",
                "jakarta.faces.partial.execute", "@all",
                "jakarta.faces.partial.render", "tenant",
                "tenant", "tenant",
                "tenant:save", "tenant:save",
                "tenant:code", code,
                "tenant:category_input", "CINEMA",
                "tenant:name", "清算影城 Clearing Cinema",
                "jakarta.faces.ViewState", viewState));
    assertThat(saved.body()).as(saved.toString()).contains("<redirect");
    long tenant = RunningAtrium.database().longValue("select id from tenant where code = ?", code);

    // in the transaction that opened it: CINEMA's rates from tenant-config (mall.properties)
    JsonObject history =
        json(
            login(Fixtures.operator("OPERATOR_FINANCE"))
                .get("/api/v1/operator/clearing/tenants/" + tenant + "/terms")
                .body());
    assertThat(history.getInt("inForce")).isEqualTo(1);
    JsonObject v1 = history.getJsonArray("versions").getJsonObject(0);
    assertThat(v1.getJsonNumber("costPerPoint").bigDecimalValue()).isEqualByComparingTo("0.0100");
    assertThat(v1.getJsonNumber("reimbursementPerPoint").bigDecimalValue())
        .isEqualByComparingTo("0.0090");
    assertThat(v1.getString("createdBy")).isEqualTo("tenant-config");
  }

  private static void assertRefused(
      PortalClient client, String path, String body, int status, String code) {
    var answer = client.postJson(path, body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(json(answer.body()).getString("code")).isEqualTo(code);
  }

  private static void assertRefusedGet(PortalClient client, String path) {
    var answer = client.get(path);
    assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    assertThat(json(answer.body()).getString("code")).isEqualTo("TENANT_NOT_FOUND");
  }

  private static PortalClient login(Fixtures.UserRow user) {
    PortalClient client = new PortalClient("en");
    assertThat(client.login(user.username(), user.password()).redirectPath()).isPresent();
    return client;
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
