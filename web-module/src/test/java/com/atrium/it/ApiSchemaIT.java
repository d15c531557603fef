package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the API contract, called for real, once with success and at least once with a
 * refusal; each answer's status, media type and body checked against the document by {@link
 * Contract}. Fails when the document lists an operation this test does not exercise.
 */
@ExtendWith(RunningAtrium.class)
class ApiSchemaIT {

  /**
   * Well-formed (Luhn check digit) but far above any card number the demo data or a test issues.
   */
  private static final String UNKNOWN_CARD = "889999999994";

  private final Contract contract = new Contract();

  @Test
  void everyOperationAnswersAsDocumented() throws Exception {
    Fixtures.PosKey key = Fixtures.posKey();
    PosClient pos = PosClient.of(key);
    String phone = PosSalesIT.randomPhone();

    // members
    var member =
        record(
            "POST /api/v1/pos/members",
            pos.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"契约会员\",\"acceptTerms\":true}")
                .send());
    String card = member.json().getString("cardNumber");
    record(
        "POST /api/v1/pos/members",
        pos.post("/api/v1/pos/members", "{\"phone\":\"123\",\"name\":\"x\",\"acceptTerms\":true}")
            .send());
    record(
        "POST /api/v1/pos/members",
        pos.post(
                "/api/v1/pos/members",
                "{\"phone\":\"" + phone + "\",\"name\":\"另一个名字\",\"acceptTerms\":true}")
            .send());
    record("POST /api/v1/pos/members", pos.post("/api/v1/pos/members", "{}").send());

    // sales
    String sale = "{\"phone\":\"" + phone + "\",\"receiptNumber\":\"R-SC-1\",\"amount\":2000.00}";
    var recorded = record("POST /api/v1/pos/sales", pos.post("/api/v1/pos/sales", sale).send());
    assertThat(recorded.header("Location")).isPresent();
    record(
        "POST /api/v1/pos/sales",
        pos.post("/api/v1/pos/sales", sale.replace("2000.00", "2000.01")).send());
    record("POST /api/v1/pos/sales", pos.post("/api/v1/pos/sales", "{}").send());
    record(
        "POST /api/v1/pos/sales",
        pos.post(
                "/api/v1/pos/sales",
                "{\"cardNumber\":\""
                    + UNKNOWN_CARD
                    + "\",\"receiptNumber\":\"R-SC-2\",\"amount\":1}")
            .send());
    long saleId = recorded.json().getJsonNumber("saleId").longValue();
    record("GET /api/v1/pos/sales/{id}", pos.get("/api/v1/pos/sales/" + saleId).send());
    record("GET /api/v1/pos/sales/{id}", pos.get("/api/v1/pos/sales/1").send());

    // balances
    record(
        "POST /api/v1/pos/balance-inquiries",
        pos.post("/api/v1/pos/balance-inquiries", "{\"phone\":\"" + phone + "\"}").send());
    record(
        "POST /api/v1/pos/balance-inquiries",
        pos.post("/api/v1/pos/balance-inquiries", "{}").send());
    record(
        "POST /api/v1/pos/balance-inquiries",
        pos.post("/api/v1/pos/balance-inquiries", "{\"cardNumber\":\"" + UNKNOWN_CARD + "\"}")
            .send());
    record(
        "GET /api/v1/pos/members/{cardNumber}/balance",
        pos.get("/api/v1/pos/members/" + card + "/balance").send());
    record(
        "GET /api/v1/pos/members/{cardNumber}/balance",
        pos.get("/api/v1/pos/members/" + UNKNOWN_CARD + "/balance").send());
    record(
        "GET /api/v1/pos/members/{cardNumber}/balance",
        pos.get("/api/v1/pos/members/000000000000/balance").send());

    // points as cash
    String payment =
        "{\"cardNumber\":\""
            + card
            + "\",\"paymentReference\":\"P-SC-1\",\"billAmount\":120.00,\"points\":1000}";
    record(
        "POST /api/v1/pos/point-payments", pos.post("/api/v1/pos/point-payments", payment).send());
    record(
        "POST /api/v1/pos/point-payments",
        pos.post("/api/v1/pos/point-payments", payment.replace("1000", "999")).send());
    record(
        "POST /api/v1/pos/point-payments",
        pos.post("/api/v1/pos/point-payments", payment.replace("120.00", "-1")).send());

    // refunds
    record(
        "POST /api/v1/pos/refunds",
        pos.post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\"R-SC-1\",\"refundReference\":\"RF-SC-1\",\"amount\":100.00}")
            .send());
    record(
        "POST /api/v1/pos/refunds",
        pos.post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\"R-NONE\",\"refundReference\":\"RF-SC-2\",\"amount\":1}")
            .send());
    record(
        "POST /api/v1/pos/refunds",
        pos.post("/api/v1/pos/refunds", "{\"receiptNumber\":\"R-SC-1\"}").send());

    // rewards and coupons
    String reward = PosRedemptionIT.reward(key.tenant().id(), 100, 5, 5);
    String redemption = "{\"phone\":\"" + phone + "\",\"rewardCode\":\"" + reward + "\"}";
    var redeemed =
        record(
            "POST /api/v1/pos/redemptions",
            pos.post("/api/v1/pos/redemptions", redemption)
                .header("Idempotency-Key", "sc-1")
                .send());
    record("POST /api/v1/pos/redemptions", pos.post("/api/v1/pos/redemptions", redemption).send());
    record(
        "POST /api/v1/pos/redemptions",
        pos.post("/api/v1/pos/redemptions", redemption.replace(reward, "NOPE-" + reward))
            .header("Idempotency-Key", "sc-2")
            .send());
    long redemptionId = redeemed.json().getJsonNumber("redemptionId").longValue();
    String one = "/api/v1/pos/redemptions/" + redemptionId;
    record("GET /api/v1/pos/redemptions/{id}", pos.get(one).send());
    record("GET /api/v1/pos/redemptions/{id}", pos.get("/api/v1/pos/redemptions/1").send());
    var qr = record("GET /api/v1/pos/redemptions/{id}/qr", pos.get(one + "/qr").send());
    assertThat(qr.body()).isNotEmpty();
    record("GET /api/v1/pos/redemptions/{id}/qr", pos.get("/api/v1/pos/redemptions/1/qr").send());
    // a second coupon of the same reward, looked up and verified at the providing tenant's till
    var second =
        pos.post("/api/v1/pos/redemptions", redemption).header("Idempotency-Key", "sc-3").send();
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    String coupon = "/api/v1/pos/coupons/" + second.json().getString("couponCode");
    record("GET /api/v1/pos/coupons/{code}", pos.get(coupon).send());
    record(
        "GET /api/v1/pos/coupons/{code}",
        pos.get("/api/v1/pos/coupons/" + com.atrium.redemption.CouponCode.next()).send());
    // a typo (the check character does not hold) is refused before any lookup
    record("GET /api/v1/pos/coupons/{code}", pos.get("/api/v1/pos/coupons/NO-SUCH-CODE").send());
    record(
        "POST /api/v1/pos/coupons/{code}/verification",
        pos.post("/api/v1/pos/coupons/NO-SUCH-CODE/verification", "").send());
    record(
        "POST /api/v1/pos/coupons/{code}/verification",
        pos.post(coupon + "/verification", "").send());
    PosClient otherTill = PosClient.of(Fixtures.posKey());
    record(
        "POST /api/v1/pos/coupons/{code}/verification",
        otherTill.post(coupon + "/verification", "").send());
    record(
        "POST /api/v1/pos/redemptions/{id}/cancellation",
        pos.post(one + "/cancellation", "").send());
    record(
        "POST /api/v1/pos/redemptions/{id}/cancellation",
        pos.post("/api/v1/pos/redemptions/1/cancellation", "").send());

    // who am I, for each kind of key; a key of another kind is refused
    record("GET /api/v1/pos/whoami", pos.get("/api/v1/pos/whoami").send());
    record("GET /api/v1/pos/whoami", pos.get("/api/v1/pos/whoami").unsigned().send());
    for (String[] kind :
        new String[][] {
          {"CAR_PARK", "/api/v1/parking/whoami"},
          {"WIFI_CONTROLLER", "/api/v1/wifi/whoami"},
          {"PARTNER", "/api/v1/partner/whoami"}
        }) {
      PosClient machine = PosClient.of(Fixtures.machineKey(kind[0]));
      record("GET " + kind[1], machine.get(kind[1]).send());
      record("GET " + kind[1], pos.get(kind[1]).send());
      record("GET " + kind[1], machine.get(kind[1]).signWith("wrong").send());
    }
    record(
        "GET /api/v1/pos/whoami",
        PosClient.of(Fixtures.machineKey("PARTNER")).get("/api/v1/pos/whoami").send());

    // partners: link, exchanges both ways, their transitions, balance, unlink
    ItPartner partner = ItPartner.postpaid();
    String partnerPhone = ItPartner.newMember();
    record("POST /api/v1/partner/links", partner.requestLink("SC-1", partnerPhone));
    record("POST /api/v1/partner/links", partner.requestLink("not a ref", partnerPhone));
    record(
        "POST /api/v1/partner/links/{memberRef}/confirmation", partner.confirmLink("SC-1", "abc"));
    record(
        "POST /api/v1/partner/links/{memberRef}/confirmation",
        partner.confirmLink("SC-NONE", "123456"));
    record(
        "POST /api/v1/partner/links/{memberRef}/confirmation",
        partner.confirmLink("SC-1", partner.codeSentTo(partnerPhone)));
    record("POST /api/v1/partner/links", partner.requestLink("SC-1", partnerPhone));
    record(
        "GET /api/v1/partner/links/{memberRef}/balance",
        partner.client.get(ItPartner.LINKS + "/SC-1/balance").send());
    record(
        "GET /api/v1/partner/links/{memberRef}/balance",
        partner.client.get(ItPartner.LINKS + "/SC-NONE/balance").send());
    record("POST /api/v1/partner/inbound-exchanges", partner.in("SC-IN-1", "SC-1", 5000));
    record("POST /api/v1/partner/inbound-exchanges", partner.in("SC-IN-1", "SC-1", 6000));
    record("POST /api/v1/partner/inbound-exchanges", partner.in("SC-IN-2", "SC-1", 0));
    record("POST /api/v1/partner/inbound-exchanges", partner.in("SC-IN-3", "SC-NONE", 100));
    record("POST /api/v1/partner/outbound-exchanges", partner.out("SC-OUT-1", "SC-1", 100));
    record("POST /api/v1/partner/outbound-exchanges", partner.out("SC-OUT-2", "SC-1", 0));
    record("POST /api/v1/partner/outbound-exchanges", partner.out("SC-OUT-3", "SC-NONE", 100));
    record("POST /api/v1/partner/outbound-exchanges", partner.out("SC-OUT-4", "SC-1", 100));
    record(
        "GET /api/v1/partner/exchanges/{partnerTxnId}",
        partner.client.get(ItPartner.EXCHANGES + "SC-IN-1").send());
    record(
        "GET /api/v1/partner/exchanges/{partnerTxnId}",
        partner.client.get(ItPartner.EXCHANGES + "SC-NONE").send());
    record(
        "POST /api/v1/partner/exchanges/{partnerTxnId}/confirmation",
        partner.act("SC-OUT-1", "confirmation"));
    record(
        "POST /api/v1/partner/exchanges/{partnerTxnId}/confirmation",
        partner.act("SC-IN-1", "confirmation"));
    record(
        "POST /api/v1/partner/exchanges/{partnerTxnId}/rejection",
        partner.act("SC-OUT-4", "rejection"));
    record(
        "POST /api/v1/partner/exchanges/{partnerTxnId}/rejection",
        partner.act("SC-NONE", "rejection"));
    record(
        "POST /api/v1/partner/exchanges/{partnerTxnId}/reversal",
        partner.act("SC-OUT-1", "reversal"));
    record(
        "POST /api/v1/partner/exchanges/{partnerTxnId}/reversal",
        partner.act("SC-OUT-4", "reversal"));
    record(
        "DELETE /api/v1/partner/links/{memberRef}",
        partner.client.delete(ItPartner.LINKS + "/SC-1").send());
    record(
        "DELETE /api/v1/partner/links/{memberRef}",
        partner.client.delete(ItPartner.LINKS + "/SC-NONE").send());
    // partner rights: grant, its replay and conflict, status, the link's list, revocation
    ItPartner granting = ItPartner.postpaid().defineRight("PREMIUM", "GOLD", 120, 100);
    granting.linkNewMember("SC-R-1");
    java.time.Instant until = java.time.Instant.now().plusSeconds(86_400);
    record("POST /api/v1/partner/rights", granting.grant("SC-G-1", "SC-R-1", "PREMIUM", until));
    record("POST /api/v1/partner/rights", granting.grant("SC-G-1", "SC-R-1", "PREMIUM", until));
    record(
        "POST /api/v1/partner/rights",
        granting.grant("SC-G-1", "SC-R-1", "PREMIUM", until.plusSeconds(1)));
    record("POST /api/v1/partner/rights", granting.grant("SC-G-2", "SC-R-1", "NOPE", until));
    record("POST /api/v1/partner/rights", granting.grant("SC-G-3", "SC-NONE", "PREMIUM", until));
    record(
        "GET /api/v1/partner/rights/{grantId}",
        granting.client.get(ItPartner.RIGHTS + "/SC-G-1").send());
    record(
        "GET /api/v1/partner/rights/{grantId}",
        granting.client.get(ItPartner.RIGHTS + "/SC-NONE").send());
    record(
        "GET /api/v1/partner/links/{memberRef}/rights",
        granting.client.get(ItPartner.LINKS + "/SC-R-1/rights").send());
    record(
        "GET /api/v1/partner/links/{memberRef}/rights",
        granting.client.get(ItPartner.LINKS + "/SC-NONE/rights").send());
    // the list page by page: a second grant, the first page of one, and a size out of range
    record("POST /api/v1/partner/rights", granting.grant("SC-G-5", "SC-R-1", "PREMIUM", until));
    record(
        "GET /api/v1/partner/links/{memberRef}/rights",
        granting.client.get(ItPartner.LINKS + "/SC-R-1/rights?offset=1&limit=1").send());
    record(
        "GET /api/v1/partner/links/{memberRef}/rights",
        granting.client.get(ItPartner.LINKS + "/SC-R-1/rights?limit=201").send());
    record("POST /api/v1/partner/rights/{grantId}/revocation", granting.revoke("SC-G-1"));
    record("POST /api/v1/partner/rights/{grantId}/revocation", granting.revoke("SC-G-1"));
    record("POST /api/v1/partner/rights/{grantId}/revocation", granting.revoke("SC-NONE"));

    // the operators' API, from a portal session
    Fixtures.UserRow admin = Fixtures.operator("OPERATOR_ADMIN");
    PortalClient browser = new PortalClient();
    browser.login(admin.username(), admin.password());
    // partner reconciliation: the day's file both ways, a mismatch found and resolved
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    String files = "/api/v1/partner/reconciliation-files/";
    record(
        "GET /api/v1/partner/reconciliation-files/{day}", partner.client.get(files + today).send());
    record(
        "GET /api/v1/partner/reconciliation-files/{day}",
        partner.client.get(files + "2026-13-01").send());
    String theirs =
        "H,"
            + partner.code
            + ","
            + today
            + "\nD,SC-THEIRS,,SC-1,IN,10,100,,,COMPLETED,\nT,1,10,100\n";
    record(
        "PUT /api/v1/partner/reconciliation-files/{day}",
        partner.client.put(files + today, theirs).header("Content-Type", "text/csv").send());
    record(
        "PUT /api/v1/partner/reconciliation-files/{day}",
        partner
            .client
            .put(files + today, theirs.replace("T,1,10", "T,2,10"))
            .header("Content-Type", "text/csv")
            .send());
    String financeFiles = "/api/v1/operator/partner-reconciliation/files/";
    record(
        "GET /api/v1/operator/partner-reconciliation/files/{partner}/{day}",
        (browser.get(financeFiles + partner.code + "/" + today)));
    record(
        "GET /api/v1/operator/partner-reconciliation/files/{partner}/{day}",
        (browser.get(financeFiles + "NO-SUCH-PARTNER/" + today)));
    Map<String, String> csv = Map.of("Content-Type", "text/csv", "X-Requested-By", "atrium-it");
    record(
        "PUT /api/v1/operator/partner-reconciliation/files/{partner}/{day}",
        (browser.send("PUT", financeFiles + partner.code + "/" + today, csv, theirs)));
    record(
        "PUT /api/v1/operator/partner-reconciliation/files/{partner}/{day}",
        (browser.send("PUT", financeFiles + partner.code + "/" + today, csv, "H\n")));
    String mismatches = "/api/v1/operator/partner-reconciliation/mismatches";
    PortalClient.Page queue =
        browser.get(
            mismatches + "?partner=" + partner.code + "&status=OPEN&kind=MISSING_IN_ATRIUM");
    record("GET /api/v1/operator/partner-reconciliation/mismatches", queue);
    record(
        "GET /api/v1/operator/partner-reconciliation/mismatches",
        (browser.get(mismatches + "?kind=SIDEWAYS")));
    long mismatch =
        Json.createReader(new StringReader(queue.body()))
            .readArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    record(
        "POST /api/v1/operator/partner-reconciliation/mismatches/{id}/resolution",
        (browser.postJson(
            mismatches + "/" + mismatch + "/resolution", "{\"reason\":\"contract check\"}")));
    record(
        "POST /api/v1/operator/partner-reconciliation/mismatches/{id}/resolution",
        (browser.postJson(mismatches + "/" + mismatch + "/resolution", "{\"reason\":\"again\"}")));
    // a prepaid partner's deposit top-up, then a postpaid partner's refused
    String topUps =
        "/api/v1/operator/partners/"
            + ItPartner.create("PREPAID", java.math.BigDecimal.ZERO, 0, 0, 180).code
            + "/deposit-top-ups";
    record(
        "POST /api/v1/operator/partners/{code}/deposit-top-ups",
        browser.postJson(topUps, "{\"amount\":1000.00,\"reference\":\"SC-TOP-1\"}"));
    record(
        "POST /api/v1/operator/partners/{code}/deposit-top-ups",
        browser.postJson(
            "/api/v1/operator/partners/" + partner.code + "/deposit-top-ups",
            "{\"amount\":1000.00,\"reference\":\"SC-TOP-1\"}"));

    record("GET /api/v1/operator/earning-rules", browser.get("/api/v1/operator/earning-rules"));
    record("GET /api/v1/operator/earning-rules", anonymous("/api/v1/operator/earning-rules"));
    // a window in the future that no other test's sale can fall into, with the rules in force
    Instant from = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    String publication =
        "{\"effectiveFrom\":\""
            + from
            + "\",\"effectiveTo\":\""
            + from.plus(Duration.ofHours(1))
            + "\",\"note\":\"contract check\",\"rules\":"
            + EarningRulesIT.inForce(Instant.now()).toJson()
            + "}";
    record(
        "POST /api/v1/operator/earning-rules",
        browser.postJson("/api/v1/operator/earning-rules", publication));
    record(
        "POST /api/v1/operator/earning-rules",
        browser.postJson(
            "/api/v1/operator/earning-rules",
            publication.replace("\"baseRate\":\"", "\"baseRate\":\"-")));
    String period = "{\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}";
    record(
        "POST /api/v1/operator/earning-rules/simulations",
        browser.postJson("/api/v1/operator/earning-rules/simulations", period));
    record(
        "POST /api/v1/operator/earning-rules/simulations",
        browser.postJson(
            "/api/v1/operator/earning-rules/simulations", period.replace("01-02", "13-45")));
    // clearing terms of a tenant of this test's own, so that no other test's rates change
    String terms = "/api/v1/operator/clearing/tenants/" + Fixtures.tenant().id() + "/terms";
    String change =
        "{\"costPerPoint\":0.0120,\"reimbursementPerPoint\":0.0100,\"clearingFeePercent\":1.50,"
            + "\"settlementMode\":\"PREPAID\",\"note\":\"contract check\"}";
    record(
        "POST /api/v1/operator/clearing/tenants/{tenantId}/terms", browser.postJson(terms, change));
    record(
        "POST /api/v1/operator/clearing/tenants/{tenantId}/terms",
        browser.postJson(terms, change.replace("0.0120", "1.5")));
    record("GET /api/v1/operator/clearing/tenants/{tenantId}/terms", browser.get(terms));
    // the tenant is prepaid now: a block bought, replayed, its reference reused, bad points
    String blocks = terms.replace("/terms", "/blocks");
    String purchase = "{\"points\":10000,\"reference\":\"INV-" + Fixtures.unique() + "\"}";
    String path = "POST /api/v1/operator/clearing/tenants/{tenantId}/blocks";
    record(path, browser.postJson(blocks, purchase));
    record(path, browser.postJson(blocks, purchase));
    record(path, browser.postJson(blocks, purchase.replace("10000", "10001")));
    record(path, browser.postJson(blocks, purchase.replace("10000", "0")));
    record("GET /api/v1/operator/clearing/tenants/{tenantId}/blocks", browser.get(blocks));
    record(
        "GET /api/v1/operator/clearing/tenants/{tenantId}/blocks",
        browser.get(blocks + "?limit=0"));
    record(
        "GET /api/v1/operator/clearing/tenants/{tenantId}/terms",
        browser.get("/api/v1/operator/clearing/tenants/0/terms"));
    Instant hourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    record(
        "GET /api/v1/operator/clearing/drafts",
        browser.get(
            "/api/v1/operator/clearing/drafts?mall=XH&from="
                + hourAgo
                + "&to="
                + hourAgo.plus(Duration.ofHours(2))));
    record(
        "GET /api/v1/operator/clearing/drafts",
        browser.get("/api/v1/operator/clearing/drafts?mall=XH&from=2026-13-01&to=x"));
    record(
        "GET /api/v1/operator/reports/liability",
        browser.get("/api/v1/operator/reports/liability?mall=XH"));
    record(
        "GET /api/v1/operator/reports/liability",
        browser.get("/api/v1/operator/reports/liability"));
    record(
        "GET /api/v1/operator/reports/liability",
        browser.get("/api/v1/operator/reports/liability?mall=NO-SUCH-MALL"));
    // clearing runs, on a mall of this test's own: yesterday's run, with only the operator's
    // statement, started by the admin and approved by a finance login
    String runs = "/api/v1/operator/clearing/runs";
    ClearingRunsIT.Mall ownMall = ClearingRunsIT.newMall();
    String mall = ownMall.code();
    // one sale of a tenant of that mall, moved as booked into yesterday: a line to drill into
    Fixtures.PosKey ownKey = ownMall.posKey();
    PosClient till = PosClient.of(ownKey);
    String buyer = PosSalesIT.randomPhone();
    till.post(
            "/api/v1/pos/members",
            "{\"phone\":\"" + buyer + "\",\"name\":\"契约会员\",\"acceptTerms\":true}")
        .send();
    String receipt = "AS-" + Fixtures.unique();
    till.post(
            "/api/v1/pos/sales",
            "{\"phone\":\"" + buyer + "\",\"receiptNumber\":\"" + receipt + "\",\"amount\":88.00}")
        .send();
    long saleEntry =
        RunningAtrium.database()
            .longValue("select journal_entry_id from sale where receipt_number = ?", receipt);
    RunningAtrium.database()
        .update(
            "update journal_entry set recorded_at = ? where id = ?",
            java.sql.Timestamp.from(
                java.time.LocalDate.now(ClearingRunsIT.ZONE)
                    .minusDays(1)
                    .atStartOfDay(ClearingRunsIT.ZONE)
                    .toInstant()
                    .plus(Duration.ofHours(2))),
            saleEntry);
    // a car park's settlement of that day: the operator's parking memo line, to drill into
    ItParkingCharges.settlement(
        ownMall.id(),
        "AS-P-" + Fixtures.unique(),
        java.time.LocalDate.now(ClearingRunsIT.ZONE)
            .minusDays(1)
            .atStartOfDay(ClearingRunsIT.ZONE)
            .toInstant()
            .plus(Duration.ofHours(3)),
        "SETTLED",
        ItParkingCharges.charge("OPERATOR", null, null, "TIER", "60.00", "10.00"),
        ItParkingCharges.charge("TENANT", ownKey.tenant().id(), null, "SPEND", "30.00", "5.00"));
    // a prepaid partner of that mall exchanging in from its deposit, moved into yesterday: fee
    // and deposit lines to drill into
    ItPartner prepaid = ItPartner.create("PREPAID", new java.math.BigDecimal("100.00"), 0, 0, 180);
    RunningAtrium.database()
        .update("update partner set mall_id = ? where id = ?", ownMall.id(), prepaid.id);
    String prepaidRef = "AS-" + Fixtures.unique();
    prepaid.linkNewMember(prepaidRef);
    prepaid.in("AS-X-" + Fixtures.unique(), prepaidRef, 10_000);
    java.sql.Timestamp yesterday =
        java.sql.Timestamp.from(
            java.time.LocalDate.now(ClearingRunsIT.ZONE)
                .minusDays(1)
                .atStartOfDay(ClearingRunsIT.ZONE)
                .toInstant()
                .plus(Duration.ofHours(4)));
    RunningAtrium.database()
        .update(
            "update partner_exchange set requested_at = ? where partner_id = ?",
            yesterday,
            prepaid.id);
    RunningAtrium.database()
        .update(
            "update partner_deposit_movement set created_at = ? where partner_id = ?",
            yesterday,
            prepaid.id);
    String start =
        "{\"mall\":\""
            + mall
            + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
            + java.time.LocalDate.now(ClearingRunsIT.ZONE).minusDays(1)
            + "\"}";
    var started = browser.postJson(runs, start);
    record("POST /api/v1/operator/clearing/runs", started);
    record("POST /api/v1/operator/clearing/runs", browser.postJson(runs, start));
    long runId =
        jakarta.json.Json.createReader(new java.io.StringReader(started.body()))
            .readObject()
            .getJsonNumber("id")
            .longValue();
    String run = runs + "/" + runId;
    record("GET /api/v1/operator/clearing/runs", browser.get(runs + "?mall=" + mall));
    record("GET /api/v1/operator/clearing/runs", browser.get(runs + "?limit=0"));
    record("GET /api/v1/operator/clearing/runs/{id}", browser.get(run));
    record("GET /api/v1/operator/clearing/runs/{id}", browser.get(runs + "/0"));
    long statementId =
        jakarta.json.Json.createReader(new java.io.StringReader(browser.get(run).body()))
            .readObject()
            .getJsonArray("statements")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    record(
        "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines",
        browser.get(run + "/statements/" + statementId + "/lines"));
    record(
        "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines",
        browser.get(run + "/statements/0/lines"));
    for (String format : new String[] {"csv", "xlsx", "pdf"}) {
      String operation =
          "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/export." + format;
      record(operation, browser.get(run + "/statements/" + statementId + "/export." + format));
      record(operation, browser.get(run + "/statements/0/export." + format));
    }
    record(
        "GET /api/v1/operator/clearing/runs/{id}/export.xlsx", browser.get(run + "/export.xlsx"));
    record(
        "GET /api/v1/operator/clearing/runs/{id}/export.xlsx",
        browser.get(runs + "/0/export.xlsx"));
    long lineId =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    browser.get(run + "/statements/" + statementId + "/lines").body()))
            .readObject()
            .getJsonArray("lines")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String entries =
        "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines/{lineId}/entries";
    record(
        entries, browser.get(run + "/statements/" + statementId + "/lines/" + lineId + "/entries"));
    record(entries, browser.get(run + "/statements/" + statementId + "/lines/0/entries"));
    for (String format : new String[] {"csv", "xlsx"}) {
      String drillDown =
          "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines/{lineId}/drill-down."
              + format;
      String line = run + "/statements/" + statementId + "/lines/";
      record(drillDown, browser.get(line + lineId + "/drill-down." + format));
      record(drillDown, browser.get(line + "0/drill-down." + format));
    }
    String settlements =
        "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines/{lineId}/settlements";
    jakarta.json.JsonObject operatorStatement =
        jakarta.json.Json.createReader(new java.io.StringReader(browser.get(run).body()))
            .readObject()
            .getJsonArray("statements")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(x -> x.getString("partyKind").equals("OPERATOR"))
            .findFirst()
            .orElseThrow();
    String operatorLines = run + "/statements/" + operatorStatement.getJsonNumber("id") + "/lines";
    long memoLine =
        jakarta.json.Json.createReader(
                new java.io.StringReader(browser.get(operatorLines + "?limit=200").body()))
            .readObject()
            .getJsonArray("lines")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(x -> x.getString("kind").equals("PARKING_OPERATOR_COST"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    record(settlements, browser.get(operatorLines + "/" + memoLine + "/settlements?limit=10"));
    record(settlements, browser.get(operatorLines + "/" + memoLine + "/settlements?limit=0"));
    long prepaidStatement =
        jakarta.json.Json.createReader(new java.io.StringReader(browser.get(run).body()))
            .readObject()
            .getJsonArray("statements")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(x -> x.getString("party").equals(prepaid.code))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String prepaidLines = run + "/statements/" + prepaidStatement + "/lines";
    java.util.function.Function<String, Long> prepaidLine =
        kind ->
            jakarta.json.Json.createReader(
                    new java.io.StringReader(browser.get(prepaidLines + "?limit=200").body()))
                .readObject()
                .getJsonArray("lines")
                .stream()
                .map(v -> v.asJsonObject())
                .filter(x -> x.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    String exchanges =
        "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines/{lineId}/exchanges";
    long feeLine = prepaidLine.apply("EXCHANGE_FEE_FROM_DEPOSIT");
    record(exchanges, browser.get(prepaidLines + "/" + feeLine + "/exchanges?limit=10"));
    record(exchanges, browser.get(prepaidLines + "/" + memoLine + "/exchanges"));
    String movements =
        "GET /api/v1/operator/clearing/runs/{id}/statements/{statementId}/lines/{lineId}/movements";
    long drawnLine = prepaidLine.apply("DEPOSIT_DRAWN");
    record(movements, browser.get(prepaidLines + "/" + drawnLine + "/movements?limit=10"));
    record(movements, browser.get(prepaidLines + "/" + drawnLine + "/movements?limit=0"));
    String placement = "GET /api/v1/operator/clearing/entries/{entryId}/placement";
    record(placement, browser.get("/api/v1/operator/clearing/entries/" + saleEntry + "/placement"));
    record(placement, browser.get("/api/v1/operator/clearing/entries/0/placement"));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/recomputation",
        browser.postJson(run + "/recomputation", ""));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/recomputation",
        browser.postJson(runs + "/0/recomputation", ""));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/submission",
        browser.postJson(run + "/submission", ""));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/submission",
        browser.postJson(run + "/submission", ""));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/approval",
        browser.postJson(run + "/approval", ""));
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient financeBrowser = new PortalClient();
    financeBrowser.login(finance.username(), finance.password());
    record(
        "POST /api/v1/operator/clearing/runs/{id}/approval",
        financeBrowser.postJson(run + "/approval", ""));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/closing", browser.postJson(run + "/closing", ""));
    record(
        "POST /api/v1/operator/clearing/runs/{id}/closing", browser.postJson(run + "/closing", ""));
    // the closed run's tenant: its manager drills into its own parking line
    PortalClient ownManager = ClearingDisputesIT.login(Fixtures.manager(ownKey.tenant().id()));
    long ownStatement =
        jakarta.json.Json.createReader(new java.io.StringReader(browser.get(run).body()))
            .readObject()
            .getJsonArray("statements")
            .stream()
            .map(v -> v.asJsonObject())
            .filter(x -> x.getString("party").equals(ownKey.tenant().code()))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String ownPath = "/api/v1/merchant/clearing/statements/" + ownStatement;
    long parkingLine =
        ClearingDisputesIT.json(ownManager.get(ownPath).body()).getJsonArray("lines").stream()
            .map(v -> v.asJsonObject())
            .filter(x -> x.getString("kind").equals("PARKING_CHARGE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String parkingDrill =
        "GET /api/v1/merchant/clearing/statements/{id}/lines/{lineId}/settlements";
    record(parkingDrill, ownManager.get(ownPath + "/lines/" + parkingLine + "/settlements"));
    record(parkingDrill, ownManager.get(ownPath + "/lines/0/settlements"));
    // a tenant manager's statement in review, its dispute, and finance's answer
    ClearingDisputesIT.Review review = ClearingDisputesIT.draftOfTwoTenants();
    review.submit();
    PortalClient manager = ClearingDisputesIT.login(Fixtures.manager(review.a().tenant().id()));
    String statements = "/api/v1/merchant/clearing/statements";
    String own = statements + "/" + review.statementOf(review.a());
    record("GET /api/v1/merchant/clearing/statements", manager.get(statements));
    record("GET /api/v1/merchant/clearing/statements", manager.get(statements + "?limit=0"));
    record("GET /api/v1/merchant/clearing/statements/{id}", manager.get(own));
    record(
        "GET /api/v1/merchant/clearing/statements/{id}",
        manager.get(statements + "/" + review.statementOf(review.b())));
    for (String format : new String[] {"csv", "xlsx", "pdf"}) {
      String operation = "GET /api/v1/merchant/clearing/statements/{id}/export." + format;
      record(operation, manager.get(own + "/export." + format));
      record(
          operation,
          manager.get(statements + "/" + review.statementOf(review.b()) + "/export." + format));
    }
    long ownLine =
        ClearingDisputesIT.json(manager.get(own).body())
            .getJsonArray("lines")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String lineEntries = "GET /api/v1/merchant/clearing/statements/{id}/lines/{lineId}/entries";
    record(lineEntries, manager.get(own + "/lines/" + ownLine + "/entries?limit=10"));
    record(lineEntries, manager.get(own + "/lines/0/entries"));
    for (String format : new String[] {"csv", "xlsx"}) {
      String drillDown =
          "GET /api/v1/merchant/clearing/statements/{id}/lines/{lineId}/drill-down." + format;
      record(drillDown, manager.get(own + "/lines/" + ownLine + "/drill-down." + format));
      record(drillDown, manager.get(own + "/lines/0/drill-down." + format));
    }
    var raised = manager.postJson(own + "/disputes", "{\"comment\":\"契约争议 contract\"}");
    record("POST /api/v1/merchant/clearing/statements/{id}/disputes", raised);
    record(
        "POST /api/v1/merchant/clearing/statements/{id}/disputes",
        manager.postJson(own + "/disputes", "{\"comment\":\"\"}"));
    record(
        "GET /api/v1/merchant/clearing/disputes",
        manager.get("/api/v1/merchant/clearing/disputes"));
    record(
        "GET /api/v1/merchant/clearing/disputes",
        manager.get("/api/v1/merchant/clearing/disputes?offset=-1"));
    PortalClient reviewer = ClearingDisputesIT.login(Fixtures.operator("OPERATOR_FINANCE"));
    record(
        "GET /api/v1/operator/clearing/runs/{id}/disputes",
        reviewer.get(review.run() + "/disputes"));
    record("GET /api/v1/operator/clearing/runs/{id}/disputes", reviewer.get(runs + "/0/disputes"));
    String answer =
        "/api/v1/operator/clearing/disputes/"
            + ClearingDisputesIT.json(raised.body()).getJsonNumber("id")
            + "/answer";
    record(
        "POST /api/v1/operator/clearing/disputes/{id}/answer",
        reviewer.postJson(
            answer, "{\"outcome\":\"ACCEPTED\",\"correction\":3.20,\"comment\":\"ok\"}"));
    record(
        "POST /api/v1/operator/clearing/disputes/{id}/answer",
        reviewer.postJson(answer, "{\"outcome\":\"REJECTED\",\"comment\":\"again\"}"));
    // parking: an entry, a quote of zero for a plate of no member, its settlement and release
    PosClient park = PosClient.of(Fixtures.machineKey("CAR_PARK"));
    String parkSession = "SC-PK-" + Fixtures.unique();
    String stay =
        "{\"sessionId\":\""
            + parkSession
            + "\",\"plate\":\"京Q54321\",\"enteredAt\":\"2026-12-03T02:00:00Z\","
            + "\"exitedAt\":\"2026-12-03T04:00:00Z\",\"feeFen\":1200";
    record(
        "POST /api/v1/parking/entries",
        park.post(
                "/api/v1/parking/entries",
                "{\"sessionId\":\""
                    + parkSession
                    + "\",\"plate\":\"京Q54321\",\"enteredAt\":\"2026-12-03T02:00:00Z\"}")
            .send());
    record("POST /api/v1/parking/entries", park.post("/api/v1/parking/entries", "{}").send());
    record("POST /api/v1/parking/quotes", park.post("/api/v1/parking/quotes", stay + "}").send());
    record(
        "POST /api/v1/parking/quotes",
        park.post("/api/v1/parking/quotes", stay.replace("04:00:00Z", "01:00:00Z") + "}").send());
    record(
        "POST /api/v1/parking/settlements",
        park.post(
                "/api/v1/parking/settlements",
                stay + ",\"appliedMinutes\":0,\"appliedFen\":0,\"points\":0}")
            .send());
    record(
        "POST /api/v1/parking/settlements",
        park.post(
                "/api/v1/parking/settlements",
                stay + ",\"appliedMinutes\":0,\"appliedFen\":100,\"points\":0}")
            .send());
    record(
        "POST /api/v1/parking/settlements/{sessionId}/release",
        park.post("/api/v1/parking/settlements/" + parkSession + "/release", "").send());
    record(
        "POST /api/v1/parking/settlements/{sessionId}/release",
        park.post("/api/v1/parking/settlements/NO-SUCH-SESSION/release", "").send());
    record("GET /api/v1/operator/ledger-check", browser.get("/api/v1/operator/ledger-check"));
    record("GET /api/v1/operator/ledger-check", anonymous("/api/v1/operator/ledger-check"));

    // WiFi: a code, the grant, a wrong code, accounting and a session never authorised
    ItWifi wifi = ItWifi.ofFirstMall();
    String wifiPhone = ItWifi.member("GOLD");
    String mac = ItWifi.mac();
    record("POST /api/v1/wifi/codes", wifi.requestCode(wifiPhone, mac));
    record("POST /api/v1/wifi/codes", wifi.requestCode(wifiPhone, "not-a-mac-address"));
    record("POST /api/v1/wifi/authorisations", wifi.authorise(wifiPhone, "12345", mac, true));
    record(
        "POST /api/v1/wifi/authorisations",
        wifi.authorise(wifiPhone, ItWifi.codeSentTo(wifiPhone), mac, true));
    record("POST /api/v1/wifi/accounting", wifi.account("SC-W-1", "INTERIM", mac, 10, 20, 30));
    record("POST /api/v1/wifi/accounting", wifi.account("SC-W-2", "START", ItWifi.mac(), 0, 0, 0));
    String radiusMac = ItWifi.mac();
    wifi.requestCode(wifiPhone, radiusMac);
    record(
        "POST /api/v1/wifi/radius/authorize",
        wifi.radius(
            "authorize", ItWifi.access(wifiPhone, ItWifi.codeSentTo(wifiPhone), radiusMac)));
    record(
        "POST /api/v1/wifi/radius/authorize",
        wifi.radius("authorize", ItWifi.access(wifiPhone, "000000", radiusMac)));
    record(
        "POST /api/v1/wifi/radius/accounting",
        wifi.radius("accounting", ItWifi.accounting("Start", "SC-R-1", radiusMac, 0, 0, 0)));
    record(
        "POST /api/v1/wifi/radius/accounting",
        wifi.radius("accounting", ItWifi.accounting("Start", "SC-R-2", ItWifi.mac(), 0, 0, 0)));
    // held sales (docs/approvals.md): one held above the approval threshold, approved; another
    // rejected; a sale above the normal range without the confirmation is refused
    record(
        "POST /api/v1/pos/sales",
        pos.post("/api/v1/pos/sales", sale.replace("R-SC-1", "R-SC-H0").replace("2000.00", "6000"))
            .send());
    long[] heldIds = new long[2];
    for (int i = 0; i < 2; i++) {
      var held =
          pos.post(
                  "/api/v1/pos/sales",
                  sale.replace("R-SC-1", "R-SC-H" + (i + 1))
                      .replace("2000.00", "90000.00,\"confirmed\":true"))
              .send();
      record("POST /api/v1/pos/sales", held);
      heldIds[i] = held.json().getJsonNumber("heldSaleId").longValue();
    }
    String heldSales = "/api/v1/operator/held-sales";
    record("GET " + heldSales, browser.get(heldSales));
    record("GET " + heldSales, anonymous(heldSales));
    record("GET " + heldSales + "/{id}", browser.get(heldSales + "/" + heldIds[0]));
    record("GET " + heldSales + "/{id}", browser.get(heldSales + "/0"));
    record(
        "POST " + heldSales + "/{id}/approval",
        browser.postJson(heldSales + "/" + heldIds[0] + "/approval", "{}"));
    record(
        "POST " + heldSales + "/{id}/approval",
        browser.postJson(heldSales + "/" + heldIds[0] + "/approval", "{}"));
    record(
        "POST " + heldSales + "/{id}/rejection",
        browser.postJson(heldSales + "/" + heldIds[1] + "/rejection", "{\"reason\":\"契约 test\"}"));
    record(
        "POST " + heldSales + "/{id}/rejection",
        browser.postJson(heldSales + "/" + heldIds[1] + "/rejection", "{\"reason\":\"\"}"));

    assertThat(contract.succeeded())
        .as("operations checked with a success")
        .isEqualTo(Contract.operations());
    assertThat(contract.failed())
        .as("operations checked with a refusal")
        .isEqualTo(Contract.operations());
  }

  private PosClient.Response record(String operation, PosClient.Response r) {
    contract.check(operation, r.status(), r.header("Content-Type").orElse(null), r.body());
    return r;
  }

  private void record(String operation, PortalClient.Page page) {
    contract.check(
        operation,
        page.status(),
        page.headers().firstValue("Content-Type").orElse(null),
        page.body());
  }

  private static PortalClient.Page anonymous(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(RunningAtrium.baseUri() + path))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new PortalClient.Page(r.statusCode(), r.headers(), r.body());
  }
}
