package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finance records a prepaid partner's payment through the operator API (docs/partners.md, "Deposit
 * top-ups over the API"): once per payment reference, a replay answering the first, another amount
 * under it refused, a postpaid or unknown partner and bad amounts refused with nothing changed.
 */
@ExtendWith(RunningAtrium.class)
class PartnerDepositTopUpIT {

  private static PortalClient finance() {
    Fixtures.UserRow finance = Fixtures.operator("OPERATOR_FINANCE");
    PortalClient c = new PortalClient();
    assertThat(c.login(finance.username(), finance.password()).status()).isEqualTo(302);
    return c;
  }

  private static String path(String code) {
    return "/api/v1/operator/partners/" + code + "/deposit-top-ups";
  }

  private static String body(String amount, String reference) {
    return "{\"amount\":" + amount + ",\"reference\":\"" + reference + "\"}";
  }

  private static JsonObject json(PortalClient.Page p) {
    return Json.createReader(new StringReader(p.body())).readObject();
  }

  private static long topUps(ItPartner p) {
    return RunningAtrium.database()
        .longValue(
            "select count(*) from partner_deposit_movement where partner_id = ?"
                + " and reason = 'TOP_UP'",
            p.id);
  }

  @Test
  void aTopUpIsRecordedOncePerPaymentReference() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    PortalClient finance = finance();

    PortalClient.Page first = finance.postJson(path(p.code), body("2500.50", "TRF-1"));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonObject recorded = json(first);
    assertThat(recorded.getString("partnerCode")).isEqualTo(p.code);
    assertThat(recorded.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("2500.50");
    assertThat(recorded.getJsonNumber("balanceAfter").bigDecimalValue())
        .isEqualByComparingTo("2600.50");
    assertThat(recorded.getString("reference")).isEqualTo("TRF-1");
    assertThat(first.headers().firstValue("Location").orElseThrow())
        .endsWith(path(p.code) + "/" + recorded.getJsonNumber("id"));

    // the same payment again (a retried request): the first answer, nothing more recorded
    PortalClient.Page replay = finance.postJson(path(p.code), body("2500.5", "TRF-1"));
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(json(replay)).isEqualTo(recorded);
    assertThat(p.deposit()).isEqualByComparingTo("2600.50");

    // another amount under the same reference
    PortalClient.Page other = finance.postJson(path(p.code), body("2500.51", "TRF-1"));
    assertThat(other.status()).isEqualTo(409);
    assertThat(json(other).getString("code")).isEqualTo("TOP_UP_REFERENCE_USED");
    assertThat(p.deposit()).isEqualByComparingTo("2600.50");
    assertThat(topUps(p)).isEqualTo(1);
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select count(*) from audit_event where action = 'PARTNER_DEPOSIT_TOPPED_UP'"
                        + " and subject_id = ?",
                    p.code))
        .isEqualTo(1);
  }

  @Test
  void aPostpaidOrUnknownPartnerAndBadAmountsAreRefusedWithNothingChanged() {
    ItPartner prepaid = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    ItPartner postpaid = ItPartner.postpaid();
    PortalClient finance = finance();

    PortalClient.Page notPrepaid = finance.postJson(path(postpaid.code), body("10", "TRF-2"));
    assertThat(notPrepaid.status()).isEqualTo(409);
    assertThat(json(notPrepaid).getString("code")).isEqualTo("PARTNER_NOT_PREPAID");

    PortalClient.Page unknown = finance.postJson(path("NO-SUCH-PARTNER"), body("10", "TRF-3"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(json(unknown).getString("code")).isEqualTo("PARTNER_NOT_FOUND");

    for (String amount :
        new String[] {"-10", "0", "0.001", "10000000.01", "1e400", "\"10\"", "null"}) {
      PortalClient.Page bad = finance.postJson(path(prepaid.code), body(amount, "TRF-4"));
      assertThat(bad.status()).as(amount).isEqualTo(400);
      assertThat(json(bad).getString("code")).as(amount).isEqualTo("TOP_UP_AMOUNT_INVALID");
    }
    PortalClient.Page badReference =
        finance.postJson(path(prepaid.code), body("10", "no spaces allowed"));
    assertThat(badReference.status()).isEqualTo(400);
    assertThat(json(badReference).getString("code")).isEqualTo("TOP_UP_REFERENCE_INVALID");

    assertThat(prepaid.deposit()).isEqualByComparingTo("100.00");
    assertThat(topUps(prepaid)).isZero();
    assertThat(postpaid.deposit()).isEqualByComparingTo("0");
  }

  @Test
  void marketingMayNotTopUp() {
    ItPartner p = ItPartner.create("PREPAID", new BigDecimal("100.00"), 0, 0, 180);
    Fixtures.UserRow marketing = Fixtures.operator("OPERATOR_MARKETING");
    PortalClient c = new PortalClient();
    c.login(marketing.username(), marketing.password());
    assertThat(c.postJson(path(p.code), body("10", "TRF-5")).status()).isEqualTo(403);
    assertThat(p.deposit()).isEqualByComparingTo("100.00");
  }
}
