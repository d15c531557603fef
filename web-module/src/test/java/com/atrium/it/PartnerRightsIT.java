package com.atrium.it;

import static com.atrium.it.Fixtures.assertLedgerBalanced;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner rights over signed REST (docs/partners.md, "Rights"): a grant raises the member to the
 * right's tier floor at once, a replay answers the original, another body under the same grant id
 * is 409, another partner's grant id is 404, a revocation ends the floor (the member keeps the tier
 * until a review) and answers a repeat as a replay; the right's parking minutes show in the quote
 * and are charged to the partner at settlement; its WiFi data adds to the tier's daily quota. Each
 * test makes its own partner and members; the ledger sums to zero after each.
 */
@ExtendWith(RunningAtrium.class)
class PartnerRightsIT {

  static final Instant IN_30_DAYS =
      Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

  @Test
  void aGrantRaisesTheMemberToItsFloorAndARevocationEndsTheFloor() {
    ItPartner p = ItPartner.postpaid().defineRight("PREMIUM", "GOLD", 0, 0);
    String phone = p.linkNewMember("R-1");
    long member = p.memberId(phone);
    ItDatabase db = RunningAtrium.database();
    assertThat(db.value("select tier from member where id = ?", member)).isEqualTo("STANDARD");

    var granted = p.grant("G-1", "R-1", "PREMIUM", IN_30_DAYS);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
    JsonObject g = granted.json();
    assertThat(g.getString("grantId")).isEqualTo("G-1");
    assertThat(g.getString("memberRef")).isEqualTo("R-1");
    assertThat(g.getString("rightCode")).isEqualTo("PREMIUM");
    assertThat(g.getString("state")).isEqualTo("ACTIVE");
    assertThat(Instant.parse(g.getString("validUntil"))).isEqualTo(IN_30_DAYS);
    assertThat(granted.header("Idempotent-Replayed")).hasValue("false");
    assertThat(granted.header("Location")).hasValueSatisfying(l -> l.endsWith("/rights/G-1"));
    assertThat(db.value("select tier from member where id = ?", member)).isEqualTo("GOLD");
    assertThat(
            db.longValue(
                "select count(*) from tier_change where member_id = ? and cause = 'FLOOR'"
                    + " and from_tier = 'STANDARD' and to_tier = 'GOLD' and reason = ?",
                member,
                "PARTNER:" + p.code + ":PREMIUM"))
        .isEqualTo(1);

    // a replay answers the original; another body under the same id is refused
    var replay = p.grant("G-1", "R-1", "PREMIUM", IN_30_DAYS);
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
    assertThat(replay.json().getJsonNumber("id").longValue())
        .isEqualTo(g.getJsonNumber("id").longValue());
    var other = p.grant("G-1", "R-1", "PREMIUM", IN_30_DAYS.plusSeconds(60));
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.problemCode()).isEqualTo("RIGHT_GRANT_CONFLICT");
    assertThat(db.longValue("select count(*) from partner_right_grant where member_id = ?", member))
        .isEqualTo(1);

    // another partner's grant id is unknown to it
    ItPartner stranger = ItPartner.postpaid();
    assertThat(stranger.client.get(ItPartner.RIGHTS + "/G-1").send().problemCode())
        .isEqualTo("RIGHT_GRANT_NOT_FOUND");
    var foreign = stranger.revoke("G-1");
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.problemCode()).isEqualTo("RIGHT_GRANT_NOT_FOUND");

    var list = p.client.get(ItPartner.LINKS + "/R-1/rights").send();
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json().getInt("total")).isEqualTo(1);
    assertThat(list.json().getJsonArray("rights").getJsonObject(0).getString("grantId"))
        .isEqualTo("G-1");
    // page by page: a second grant, newest first, one a page; sizes out of range refused
    assertThat(p.grant("G-1B", "R-1", "PREMIUM", IN_30_DAYS).status()).isEqualTo(201);
    var first = p.client.get(ItPartner.LINKS + "/R-1/rights?limit=1").send().json();
    assertThat(first.getInt("total")).isEqualTo(2);
    assertThat(first.getInt("limit")).isEqualTo(1);
    assertThat(first.getJsonArray("rights")).hasSize(1);
    assertThat(first.getJsonArray("rights").getJsonObject(0).getString("grantId"))
        .isEqualTo("G-1B");
    var second = p.client.get(ItPartner.LINKS + "/R-1/rights?offset=1&limit=1").send().json();
    assertThat(second.getInt("offset")).isEqualTo(1);
    assertThat(second.getJsonArray("rights").getJsonObject(0).getString("grantId"))
        .isEqualTo("G-1");
    assertThat(
            p.client
                .get(ItPartner.LINKS + "/R-1/rights?offset=2")
                .send()
                .json()
                .getJsonArray("rights"))
        .isEmpty();
    assertThat(p.client.get(ItPartner.LINKS + "/R-1/rights?limit=0").send().problemCode())
        .isEqualTo("LIMIT_INVALID");
    assertThat(p.client.get(ItPartner.LINKS + "/R-1/rights?limit=201").send().problemCode())
        .isEqualTo("LIMIT_INVALID");
    assertThat(p.client.get(ItPartner.LINKS + "/R-1/rights?offset=-1").send().problemCode())
        .isEqualTo("OFFSET_INVALID");
    assertThat(p.client.get(ItPartner.LINKS + "/R-1/rights?offset=x").send().problemCode())
        .isEqualTo("OFFSET_INVALID");

    var revoked = p.revoke("G-1");
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.json().getString("state")).isEqualTo("REVOKED");
    assertThat(revoked.json().containsKey("revokedAt")).isTrue();
    assertThat(revoked.header("Idempotent-Replayed")).hasValue("false");
    assertThat(p.revoke("G-1").header("Idempotent-Replayed")).hasValue("true");
    assertThat(
            db.longValue(
                "select count(*) from tier_floor where member_id = ? and removed_at is not null",
                member))
        .as("the floor no longer counts")
        .isEqualTo(1);
    assertThat(db.value("select tier from member where id = ?", member))
        .as("the member drops at a review, not at once")
        .isEqualTo("GOLD");
    assertThat(p.client.get(ItPartner.RIGHTS + "/G-1").send().json().getString("state"))
        .isEqualTo("REVOKED");
    assertLedgerBalanced();
  }

  @Test
  void refusalsChangeNothingAndARightExpiresOnItsOwn() {
    ItPartner p = ItPartner.postpaid().defineRight("PREMIUM", "GOLD", 0, 0);
    String phone = p.linkNewMember("E-1");
    long member = p.memberId(phone);
    ItDatabase db = RunningAtrium.database();

    assertThat(p.grant("X-1", "E-1", "NOSUCH", IN_30_DAYS).problemCode())
        .isEqualTo("RIGHT_CODE_UNKNOWN");
    assertThat(p.grant("X-2", "NOBODY", "PREMIUM", IN_30_DAYS).problemCode())
        .isEqualTo("LINK_NOT_FOUND");
    var past = p.grant("X-3", "E-1", "PREMIUM", Instant.now().minusSeconds(60));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.problemCode()).isEqualTo("RIGHT_PERIOD_INVALID");
    var future =
        p.client
            .post(
                ItPartner.RIGHTS,
                "{\"grantId\":\"X-4\",\"memberRef\":\"E-1\",\"rightCode\":\"PREMIUM\","
                    + "\"validFrom\":\""
                    + Instant.now().plus(1, ChronoUnit.DAYS)
                    + "\",\"validUntil\":\""
                    + IN_30_DAYS
                    + "\"}")
            .send();
    assertThat(future.problemCode()).isEqualTo("RIGHT_PERIOD_INVALID");
    assertThat(db.longValue("select count(*) from partner_right_grant where member_id = ?", member))
        .isZero();
    assertThat(db.value("select tier from member where id = ?", member)).isEqualTo("STANDARD");

    // a right whose period is over reads EXPIRED without a job, and its floor counts no more
    assertThat(p.grant("X-5", "E-1", "PREMIUM", IN_30_DAYS).status()).isEqualTo(201);
    Instant over = Instant.now().minusSeconds(1);
    db.update(
        "update partner_right_grant set valid_from = ?, valid_until = ? where member_id = ?",
        over.minusSeconds(3600),
        over,
        member);
    db.update(
        "update tier_floor set valid_from = ?, valid_until = ? where member_id = ?",
        over.minusSeconds(3600),
        over,
        member);
    assertThat(p.client.get(ItPartner.RIGHTS + "/X-5").send().json().getString("state"))
        .isEqualTo("EXPIRED");

    // unlinking revokes the link's rights
    assertThat(p.grant("X-6", "E-1", "PREMIUM", IN_30_DAYS).status()).isEqualTo(201);
    assertThat(p.client.delete(ItPartner.LINKS + "/E-1").send().status()).isEqualTo(200);
    assertThat(
            db.value(
                "select state from partner_right_grant where grant_ref = 'X-6' and member_id = ?",
                member))
        .isEqualTo("REVOKED");
    assertLedgerBalanced();
  }

  @Test
  void aRightsParkingMinutesAreQuotedAndChargedToThePartner() {
    ItPartner p = ItPartner.postpaid().defineRight("PARK", null, 90, 0);
    String phone = p.linkNewMember("P-1");
    long member = p.memberId(phone);
    String digits = String.format("%05d", (long) (Math.random() * 100_000));
    String plate = "浙C" + digits;
    ItPlates.bind(member, plate, "浙C·***" + digits.substring(3));
    Instant exit = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    Instant entry = exit.minus(300, ChronoUnit.MINUTES);
    String session = "PR-" + Fixtures.unique();

    JsonObject before = ParkingIT.quote(ParkingIT.XH, session, plate, entry, exit, 2500);
    assertThat(before.getInt("partnerMinutes")).isZero();

    assertThat(p.grant("PG-1", "P-1", "PARK", IN_30_DAYS).status()).isEqualTo(201);
    assertThat(ParkingIT.copyOf(member))
        .as("the grant marks parking's copy, so the quote asks the partner context")
        .endsWith(" true");
    // STANDARD: 60 tier minutes, then the partner's 90
    JsonObject quote = ParkingIT.quote(ParkingIT.XH, session, plate, entry, exit, 2500);
    assertThat(quote.getInt("tierMinutes")).isEqualTo(60);
    assertThat(quote.getInt("partnerMinutes")).isEqualTo(90);
    assertThat(quote.getInt("discountMinutes")).isEqualTo(150);
    assertThat(quote.getJsonNumber("discountFen").longValue()).isEqualTo(1250); // 2500 x 150/300
    assertThat(quote.getJsonNumber("remainingFen").longValue()).isEqualTo(1250);

    var settled =
        ParkingIT.XH
            .post(
                "/api/v1/parking/settlements",
                ParkingIT.settlementBody(session, plate, entry, exit, 2500, 150, 1250, 0))
            .send();
    assertThat(settled.status()).as(settled.toString()).isEqualTo(201);
    assertThat(settled.json().getInt("tierMinutes")).isEqualTo(60);
    assertThat(settled.json().getInt("partnerMinutes")).isEqualTo(90);
    assertThat(settled.json().getInt("spendMinutes")).isZero();
    ItDatabase db = RunningAtrium.database();
    // XH: a free hour costs the mall 10.00 CNY
    assertThat(
            db.value(
                "select c.amount from parking_charge c join parking_settlement s on s.id ="
                    + " c.settlement_id where s.session_id = ? and c.payer_kind = 'PARTNER'"
                    + " and c.reason = 'PARTNER' and c.partner_code = ? and c.minutes = 90",
                session,
                p.code))
        .asString()
        .isEqualTo("15.00");
    assertThat(
            db.value(
                "select c.amount from parking_charge c join parking_settlement s on s.id ="
                    + " c.settlement_id where s.session_id = ? and c.payer_kind = 'OPERATOR'"
                    + " and c.reason = 'TIER'",
                session))
        .asString()
        .isEqualTo("10.00");

    // the day's partner minutes are used up: the second exit gets the tier's only
    String second = "PR-" + Fixtures.unique();
    JsonObject again =
        ParkingIT.quote(ParkingIT.XH, second, plate, entry.plusSeconds(60), exit, 2500);
    assertThat(again.getInt("partnerMinutes")).isZero();
    assertThat(again.getInt("capMinutesLeft")).isEqualTo(90);
    assertThat(again.getInt("discountMinutes")).isEqualTo(60);
    assertLedgerBalanced();
  }

  @Test
  void aRightsWifiDataAddsToTheTiersDailyQuotaWhileItCounts() {
    ItPartner p = ItPartner.postpaid().defineRight("NET", null, 0, 300);
    String phone = ItWifi.member("STANDARD");
    p.link("W-1", phone);
    assertThat(p.grant("WG-1", "W-1", "NET", IN_30_DAYS).status()).isEqualTo(201);
    ItWifi wifi = ItWifi.ofFirstMall();
    String mac = ItWifi.mac();

    assertThat(wifi.requestCode(phone, mac).status()).isEqualTo(202);
    var granted = wifi.authorise(phone, ItWifi.codeSentTo(phone), mac, false);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(granted.json().getJsonNumber("dailyQuotaBytes").longValue())
        .isEqualTo((500L + 300L) * 1024 * 1024);
    assertThat(granted.json().getInt("upKbps")).as("the tier's bandwidth").isEqualTo(2048);

    assertThat(p.revoke("WG-1").status()).isEqualTo(200);
    assertThat(wifi.requestCode(phone, mac).status()).isEqualTo(202);
    var after = wifi.authorise(phone, ItWifi.codeSentTo(phone), mac, false);
    assertThat(after.json().getJsonNumber("dailyQuotaBytes").longValue())
        .isEqualTo(WifiIT.STANDARD_QUOTA);
    assertLedgerBalanced();
  }
}
