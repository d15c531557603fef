package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prepaid blocks (docs/clearing.md, "Prepaid blocks"), on a mall of this test's own: finance makes
 * a tenant prepaid and records a block of 1,000 points; three sales through the POS API draw 1,250
 * from it; the alert is queued once, when the block first falls to 20 % (200 points); the draft
 * shows the drawing and the overdraft to the fen; the purchases list the standing; refusals change
 * nothing.
 */
@ExtendWith(RunningAtrium.class)
class PrepaidBlocksIT {

  /** Finance's phone for the alerts, given to the server by {@link RunningAtrium}. */
  static final String FINANCE_PHONE = "13900000024";

  static final Duration AWAIT = Duration.ofSeconds(60);

  @Test
  void aBlockIsDrawnBySalesAlertsOnceAndItsOverdraftIsOnTheDraft() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey prepaid = mall.posKey();
    Fixtures.PosKey postpaid = mall.posKey();
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    long tenant = prepaid.tenant().id();
    String blocks = "/api/v1/operator/clearing/tenants/" + tenant + "/blocks";

    var terms =
        finance.postJson(
            "/api/v1/operator/clearing/tenants/" + tenant + "/terms",
            "{\"costPerPoint\":0.0110,\"reimbursementPerPoint\":0.0095,\"clearingFeePercent\":0,"
                + "\"settlementMode\":\"PREPAID\"}");
    assertThat(terms.status()).as(terms.body()).isEqualTo(201);
    // the draft's period starts once the tenant is prepaid (the mode at a period's start counts)
    Instant from = Instant.now();

    String reference = "INV-" + Fixtures.unique();
    String purchase =
        "{\"points\":1000,\"reference\":\"" + reference + "\",\"note\":\"first block\"}";
    var bought = finance.postJson(blocks, purchase);
    assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    JsonObject p = json(bought.body());
    long id = p.getJsonNumber("id").longValue();
    assertThat(p.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("11.00");
    assertThat(p.getJsonNumber("costPerPoint").bigDecimalValue()).isEqualByComparingTo("0.0110");
    assertThat(p.getJsonNumber("balanceAfter").longValue()).isEqualTo(1000);
    assertThat(p.getJsonNumber("alertAtOrBelow").longValue()).isEqualTo(200);

    // the same purchase again is the original; the reference with another body is refused
    var replay = finance.postJson(blocks, purchase);
    assertThat(replay.status()).as(replay.body()).isEqualTo(200);
    assertThat(json(replay.body()).getJsonNumber("id").longValue()).isEqualTo(id);
    assertProblem(
        finance.postJson(blocks, purchase.replace("1000", "1001")), 409, "BLOCK_REFERENCE_REUSED");
    assertProblem(
        finance.postJson(blocks, purchase.replace("1000", "0").replace(reference, "INV-X")),
        400,
        "POINTS_INVALID");
    assertProblem(
        finance.postJson(
            "/api/v1/operator/clearing/tenants/" + postpaid.tenant().id() + "/blocks",
            "{\"points\":1000,\"reference\":\"INV-" + Fixtures.unique() + "\"}"),
        409,
        "TENANT_NOT_PREPAID");
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from prepaid_block_purchase where tenant_id in (?, ?)",
                    tenant,
                    postpaid.tenant().id()))
        .isEqualTo(1);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'PREPAID_BLOCK_PURCHASED'"
                        + " and subject_id = ?",
                    Long.toString(tenant)))
        .isEqualTo(1);

    PosClient till = PosClient.of(prepaid);
    String phone = PosSalesIT.randomPhone();
    assertThat(
            till.post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"预付会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    // 700 drawn: 300 left, above the alert's 200
    sale(till, phone, "700.00", 700);
    // 150 more: 150 left, the block is low: one alert to finance
    sale(till, phone, "150.00", 150);
    String alerts =
        "select count(*) from notification_outbox where kind = 'PREPAID_BLOCK_LOW'"
            + " and reference = ? and recipient = ?";
    await(
        () -> RunningAtrium.database().longValue(alerts, "block-" + id + "-finance", FINANCE_PHONE),
        n -> n == 1);
    // 400 more: 250 beyond the block, and no second alert
    sale(till, phone, "400.00", 400);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from notification_outbox where kind = 'PREPAID_BLOCK_LOW'"
                        + " and reference like ?",
                    "block-" + id + "-%"))
        .isEqualTo(1);

    // the draft: 1,250 funded from the block, 250 beyond it, 250 × 0.0110 = 2.75
    Instant to = Instant.now().plusSeconds(1);
    var answer =
        finance.get(
            "/api/v1/operator/clearing/drafts?mall="
                + mall.code()
                + "&from="
                + from
                + "&to="
                + to
                // a mall made outside the configuration has no configured share to fall back on
                + "&breakageSharePercent=0");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject statement =
        json(answer.body()).getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("party").equals(prepaid.tenant().code()))
            .findFirst()
            .orElseThrow();
    assertThat(
            statement.getJsonArray("lines").stream()
                .map(v -> v.asJsonObject())
                .map(
                    l ->
                        tuple(
                            l.getString("kind"),
                            l.getJsonNumber("points").longValue(),
                            l.getJsonNumber("amount").bigDecimalValue().toPlainString())))
        .containsExactly(
            tuple("FUNDED_FROM_BLOCK", 1250L, "0.00"), tuple("BLOCK_OVERDRAFT", 250L, "-2.75"));
    assertThat(statement.getJsonNumber("net").bigDecimalValue()).isEqualByComparingTo("-2.75");
    JsonObject block = statement.getJsonObject("block");
    assertThat(
            tuple(
                block.getJsonNumber("opening").longValue(),
                block.getJsonNumber("purchased").longValue(),
                block.getJsonNumber("drawn").longValue(),
                block.getJsonNumber("closing").longValue(),
                block.getJsonNumber("overdraft").longValue()))
        .isEqualTo(tuple(0L, 1000L, 1250L, 0L, 250L));

    // a second block covers the overdraft so far first: 2,000 − 250 = 1,750 left
    var second =
        finance.postJson(
            blocks, "{\"points\":2000,\"reference\":\"INV-" + Fixtures.unique() + "\"}");
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(json(second.body()).getJsonNumber("balanceAfter").longValue()).isEqualTo(1750);
    JsonObject list = json(finance.get(blocks).body());
    assertThat(list.getString("settlementMode")).isEqualTo("PREPAID");
    assertThat(list.getJsonNumber("balance").longValue()).isEqualTo(1750);
    assertThat(list.getInt("total")).isEqualTo(2);
    assertThat(
            list.getJsonArray("purchases").stream()
                .map(v -> v.asJsonObject())
                .map(
                    x ->
                        tuple(
                            x.getJsonNumber("points").longValue(),
                            x.getJsonNumber("balanceAfter").longValue(),
                            x.containsKey("alertedAt"))))
        .containsExactly(tuple(2000L, 1750L, false), tuple(1000L, 1000L, true));

    // a one-mall finance login of another mall does not find the tenant
    PortalClient elsewhere =
        login(Fixtures.mallOperator("OPERATOR_FINANCE", Fixtures.mallId("XH")));
    assertProblem(elsewhere.get(blocks), 404, "TENANT_NOT_FOUND");
    Fixtures.assertLedgerBalanced();
  }

  private static void sale(PosClient till, String phone, String amount, long points) {
    var sale =
        till.post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"PB-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + amount
                    + "}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    assertThat(sale.json().getJsonNumber("points").longValue()).isEqualTo(points);
  }

  private static <T> T await(Supplier<T> ask, java.util.function.Predicate<T> condition) {
    Instant deadline = Instant.now().plus(AWAIT);
    T last = ask.get();
    while (!condition.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Still not as expected after " + AWAIT + ": " + last);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = ask.get();
    }
    return last;
  }

  private static void assertProblem(PortalClient.Page answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(json(answer.body()).getString("code")).isEqualTo(code);
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
