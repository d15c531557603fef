package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The car park of Star Harbour (XH) with the demo key: a member's entry, the quote at exit with
 * exact minutes and fen (spend at two XH tenants counts, spend in Chengdu does not), the settlement
 * paying the rest with points, its replay and a conflicting body, the charges split pro rata, the
 * caps on the car's second exit, the release giving the points back, a plate of no member, and
 * Chengdu's car park key that cannot see Star Harbour's session.
 */
@ExtendWith(RunningAtrium.class)
class ParkingIT {

  static final PosClient XH =
      PosClient.of(new Fixtures.MachineKey("park-xh", "demo-secret-park-xh", "CAR_PARK"));
  static final PosClient CD =
      PosClient.of(new Fixtures.MachineKey("park-cd", "demo-secret-park-cd", "CAR_PARK"));

  @Test
  void quoteSettleReplayConflictChargesCapsAndRelease() {
    String phone = "136" + String.format("%08d", (long) (Math.random() * 100_000_000));
    String digits = String.format("%05d", (long) (Math.random() * 100_000));
    String plate = "苏E" + digits;
    String masked = "苏E·***" + digits.substring(3);
    assertThat(
            PosClient.demo("FB001")
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Parking 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long member = db.longValue("select id from member where phone = ?", phone);
    ItPlates.bind(member, plate, masked);
    sale("FB001", phone, "200.00");
    sale("FB003", phone, "100.00");
    sale("CD-FA01", phone, "3000.00"); // Chengdu: not this mall's spend
    long balance = balanceOf(member);
    assertThat(balance)
        .as("the Chengdu sale earned enough for the points offer")
        .isGreaterThan(1500);

    Instant exit = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    Instant entry = exit.minus(300, ChronoUnit.MINUTES);
    String session = "IT-" + Fixtures.unique();

    var entered =
        XH.post(
                "/api/v1/parking/entries",
                entryBody(session, plate.charAt(0) + "e " + digits, entry))
            .send();
    assertThat(entered.status()).isEqualTo(201);
    assertThat(entered.json().getBoolean("member")).isTrue();
    var again =
        XH.post(
                "/api/v1/parking/entries",
                entryBody(session, plate.charAt(0) + "e " + digits, entry))
            .send();
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replayed")).contains("true");

    // STANDARD: 60 tier minutes; 300.00 CNY at two XH tenants: 60 spend minutes on any day
    JsonObject quote = quote(XH, session, plate, entry, exit, 2500);
    assertThat(quote.getJsonObject("member").getString("plate")).isEqualTo(masked);
    assertThat(quote.getJsonObject("member").getString("tier")).isEqualTo("STANDARD");
    assertThat(quote.getJsonObject("member").getString("cardNumber")).contains("****");
    assertThat(quote.getInt("stayMinutes")).isEqualTo(300);
    assertThat(quote.getInt("tierMinutes")).isEqualTo(60);
    assertThat(quote.getInt("spendMinutes")).isEqualTo(60);
    assertThat(quote.getJsonNumber("sameDaySpendFen").longValue()).isEqualTo(30000);
    assertThat(quote.getInt("capMinutesLeft")).isEqualTo(240);
    assertThat(quote.getInt("discountMinutes")).isEqualTo(120);
    assertThat(quote.getJsonNumber("discountFen").longValue())
        .as("2500 x 120 / 300")
        .isEqualTo(1000);
    assertThat(quote.getJsonNumber("remainingFen").longValue()).isEqualTo(1500);
    JsonObject offer = quote.getJsonObject("pointsOffer");
    assertThat(offer.getInt("hours")).as("180 minutes left: 3 started hours").isEqualTo(3);
    assertThat(offer.getJsonNumber("points").longValue()).isEqualTo(1500);
    assertThat(offer.getJsonNumber("fen").longValue()).isEqualTo(1500);
    assertThat(offer.getJsonNumber("balance").longValue()).isEqualTo(balance);
    assertThat(quote(XH, session, plate, entry, exit, 2500))
        .as("a quote has no effect")
        .isEqualTo(quote);

    JsonObject chengdu = quote(CD, "CD-" + session, plate, entry, exit, 2500);
    assertThat(chengdu.getJsonNumber("sameDaySpendFen").longValue())
        .as("in Chengdu only the Chengdu sale counts")
        .isEqualTo(300000);

    String settlement = settlementBody(session, plate, entry, exit, 2500, 120, 1000, 1500);
    var settled = XH.post("/api/v1/parking/settlements", settlement).send();
    assertThat(settled.status()).isEqualTo(201);
    assertThat(settled.header("Idempotent-Replayed")).contains("false");
    JsonObject receipt = settled.json();
    assertThat(receipt.getString("state")).isEqualTo("SETTLED");
    assertThat(receipt.getInt("tierMinutes")).isEqualTo(60);
    assertThat(receipt.getInt("spendMinutes")).isEqualTo(60);
    assertThat(receipt.getInt("pointHours")).isEqualTo(3);
    assertThat(balanceOf(member)).isEqualTo(balance - 1500);

    var replay = XH.post("/api/v1/parking/settlements", settlement).send();
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).contains("true");
    assertThat(replay.json().getJsonNumber("receiptId"))
        .isEqualTo(receipt.getJsonNumber("receiptId"));
    var conflict =
        XH.post(
                "/api/v1/parking/settlements",
                settlementBody(session, plate, entry, exit, 2500, 120, 1000, 0))
            .send();
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.problemCode()).isEqualTo("PARKING_SESSION_CONFLICT");
    assertThat(balanceOf(member)).isEqualTo(balance - 1500);

    // who pays: the tier hour the operator (10.00), the spend hour FB001 and FB003 pro rata
    long receiptId = receipt.getJsonNumber("receiptId").longValue();
    assertThat(
            db.rows(
                "select c.payer_kind, t.code, c.reason, c.amount from parking_charge c"
                    + " left join tenant t on t.id = c.tenant_id where c.settlement_id = ?"
                    + " order by c.amount desc",
                receiptId))
        .extracting(
            r ->
                r.get("payer_kind")
                    + " "
                    + r.get("code")
                    + " "
                    + r.get("reason")
                    + " "
                    + r.get("amount"))
        .containsExactly(
            "OPERATOR null TIER 10.00", "TENANT FB001 SPEND 6.67", "TENANT FB003 SPEND 3.33");
    assertThat(
            db.longValue(
                "select count(*) from parking_spend_sale where settlement_id = ?", receiptId))
        .isEqualTo(2);

    // the car's second exit that day: the spend grant is used, 120 of its 240 free minutes left
    // (a 200-minute stay ending a minute after the first exit, so it stays in the same business
    // day whatever the hour the test runs at)
    String second = session + "-2";
    Instant secondEntry = exit.minus(199, ChronoUnit.MINUTES);
    Instant secondExit = exit.plus(1, ChronoUnit.MINUTES);
    JsonObject next = quote(XH, second, plate, secondEntry, secondExit, 2000);
    assertThat(next.getInt("spendMinutes")).isZero();
    assertThat(next.getInt("capMinutesLeft")).isEqualTo(120);
    assertThat(next.getInt("discountMinutes")).isEqualTo(60);
    assertThat(next.getJsonObject("pointsOffer").getInt("hours"))
        .as("4 a day, 3 used")
        .isEqualTo(1);
    assertThat(
            XH.post(
                    "/api/v1/parking/settlements",
                    settlementBody(second, plate, secondEntry, secondExit, 2000, 61, 610, 0))
                .send()
                .problemCode())
        .isEqualTo("PARKING_MINUTES_EXCEED_QUOTE");

    // Chengdu's key does not see Star Harbour's session
    var foreign = CD.post("/api/v1/parking/settlements/" + session + "/release", "").send();
    assertThat(foreign.status()).isEqualTo(404);

    var released = XH.post("/api/v1/parking/settlements/" + session + "/release", "").send();
    assertThat(released.status()).isEqualTo(200);
    assertThat(released.json().getString("state")).isEqualTo("RELEASED");
    assertThat(balanceOf(member)).as("points back").isEqualTo(balance);
    var releasedAgain = XH.post("/api/v1/parking/settlements/" + session + "/release", "").send();
    assertThat(releasedAgain.header("Idempotent-Replayed")).contains("true");
    JsonObject freed = quote(XH, second, plate, secondEntry, secondExit, 2000);
    assertThat(freed.getInt("spendMinutes")).as("caps and receipts freed").isEqualTo(60);
    assertThat(freed.getInt("capMinutesLeft")).isEqualTo(240);

    JsonObject stranger = quote(XH, "IT-X-" + Fixtures.unique(), "京Q" + digits, entry, exit, 2500);
    assertThat(stranger.containsKey("member")).isFalse();
    assertThat(stranger.getInt("discountMinutes")).isZero();
    assertThat(stranger.getJsonNumber("remainingFen").longValue()).isEqualTo(2500);
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void refundsAndVoidsReduceTheDaysSpendAndAReceiptStillCountsOnce() {
    String phone = "136" + String.format("%08d", (long) (Math.random() * 100_000_000));
    String digits = String.format("%05d", (long) (Math.random() * 100_000));
    String plate = "苏F" + digits;
    assertThat(
            PosClient.demo("FB001")
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"Refund 会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long member = db.longValue("select id from member where phone = ?", phone);
    ItPlates.bind(member, plate, "苏F·***" + digits.substring(3));
    String r1 = "PKR-" + Fixtures.unique();
    String r2 = "PKR-" + Fixtures.unique();
    String r3 = "PKR-" + Fixtures.unique();
    // amounts whose thresholds are the same on workdays and holidays, so the test holds any day
    sale("FB001", phone, "1000.00", r1);
    sale("FB003", phone, "400.00", r2);
    sale("FB002", phone, "100.00", r3);

    Instant exit = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    Instant entry = exit.minus(300, ChronoUnit.MINUTES);
    String session = "IT-R-" + Fixtures.unique();
    JsonObject before = quote(XH, session, plate, entry, exit, 2500);
    assertThat(before.getJsonNumber("sameDaySpendFen").longValue()).isEqualTo(150000);
    assertThat(before.getInt("spendMinutes")).as("1500.00: the top threshold").isEqualTo(240);

    refund("FB001", r1, "920.00"); // partial: 80.00 of it still counts
    refund("FB002", r3, "100.00"); // all of it, as a void does: nothing of it counts
    JsonObject after = quote(XH, session, plate, entry, exit, 2500);
    assertThat(after.getJsonNumber("sameDaySpendFen").longValue())
        .as("80.00 + 400.00")
        .isEqualTo(48000);
    assertThat(after.getInt("spendMinutes")).as("480.00: the lowest threshold").isEqualTo(60);
    assertThat(after.getInt("discountMinutes")).isEqualTo(120);

    var settled =
        XH.post(
                "/api/v1/parking/settlements",
                settlementBody(session, plate, entry, exit, 2500, 120, 1000, 0))
            .send();
    assertThat(settled.status()).as(settled.body()).isEqualTo(201);
    long receiptId = settled.json().getJsonNumber("receiptId").longValue();
    // the spend hour (10.00) pro rata to what the member kept: 400 / 480 and 80 / 480 of it, the
    // fen lost to rounding down to the larger sale
    assertThat(
            db.rows(
                "select t.code, c.amount from parking_charge c join tenant t on t.id = c.tenant_id"
                    + " where c.settlement_id = ? and c.reason = 'SPEND' order by c.amount desc",
                receiptId))
        .extracting(r -> r.get("code") + " " + r.get("amount"))
        .containsExactly("FB003 8.34", "FB001 1.66");
    assertThat(
            db.rows(
                "select ps.amount from parking_spend_sale ps where ps.settlement_id = ?"
                    + " order by ps.amount desc",
                receiptId))
        .extracting(r -> r.get("amount").toString())
        .as("the voided sale unlocked nothing")
        .containsExactly("400.00", "80.00");

    // what is left of the partly refunded receipt was used: it does not count again
    JsonObject second =
        quote(XH, session + "-2", plate, exit, exit.plus(60, ChronoUnit.MINUTES), 500);
    assertThat(second.getJsonNumber("sameDaySpendFen").longValue()).isZero();
    assertThat(second.getInt("spendMinutes")).isZero();
    Fixtures.assertLedgerBalanced();
  }

  static void refund(String tenant, String receipt, String amount) {
    var r =
        PosClient.demo(tenant)
            .post(
                "/api/v1/pos/refunds",
                "{\"receiptNumber\":\""
                    + receipt
                    + "\",\"refundReference\":\"RF-"
                    + Fixtures.unique()
                    + "\",\"amount\":"
                    + new BigDecimal(amount)
                    + "}")
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  @Test
  void theDemoPlatesAreFoundUnderTheDemoKeys() {
    Instant exit = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    Instant entry = exit.minus(90, ChronoUnit.MINUTES);
    assertThat(memberOf("沪AD12345", entry, exit)).isEqualTo("沪A·****45 " + demoCard(0));
    assertThat(memberOf("沪b·54321", entry, exit)).isEqualTo("沪B·***21 " + demoCard(1));
  }

  @Test
  void theQuoteReadsParkingsCopiesOfTheMemberAndTheSalesWhichTheirChangesKeep() {
    Parker p = Parker.registeredAtFb001("Copy");
    ItDatabase db = RunningAtrium.database();
    long member = p.member();
    String phone = p.phone();
    String card = (String) db.value("select card_number from member where id = ?", member);
    String maskedCard = card.substring(0, 2) + "******" + card.substring(8);
    assertThat(copyOf(member))
        .as("made by the registration")
        .isEqualTo("STANDARD true " + maskedCard + " false");

    Instant exit = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    Instant entry = exit.minus(300, ChronoUnit.MINUTES);
    JsonObject before = quote(XH, "IT-" + Fixtures.unique(), p.plate(), entry, exit, 2500);
    assertThat(before.getJsonObject("member").getString("tier")).isEqualTo("STANDARD");
    assertThat(before.getJsonObject("member").getString("cardNumber")).isEqualTo(maskedCard);
    assertThat(before.getInt("tierMinutes")).isEqualTo(60);

    // 5,000.00 of spend reaches SILVER: the tier change updates the copy in its transaction
    sale("FB001", phone, "2500.00");
    sale("FB003", phone, "2500.00");
    assertThat(copyOf(member)).isEqualTo("SILVER true " + maskedCard + " false");
    assertThat(
            db.rows(
                "select t.code, p.amount from parking_sale p join tenant t on t.id = p.tenant_id"
                    + " where p.member_id = ? order by t.code",
                member))
        .extracting(r -> r.get("code") + " " + r.get("amount"))
        .as("each sale copied in its transaction")
        .containsExactly("FB001 2500.00", "FB003 2500.00");
    JsonObject after = quote(XH, "IT-" + Fixtures.unique(), p.plate(), entry, exit, 2500);
    assertThat(after.getJsonObject("member").getString("tier")).isEqualTo("SILVER");
    assertThat(after.getInt("tierMinutes")).isEqualTo(120);
    assertThat(after.getJsonNumber("sameDaySpendFen").longValue()).isEqualTo(500_000);

    // a refund of 1,000.00 nets the copy in the refund's transaction, as it nets the sale
    refund("FB001", receiptOf(member, "FB001"), "1000.00");
    assertThat(
            db.value(
                    "select p.amount from parking_sale p join tenant t on t.id = p.tenant_id"
                        + " where p.member_id = ? and t.code = 'FB001'",
                    member)
                .toString())
        .isEqualTo("1500.00");
    assertThat(
            quote(XH, "IT-" + Fixtures.unique(), p.plate(), entry, exit, 2500)
                .getJsonNumber("sameDaySpendFen")
                .longValue())
        .isEqualTo(400_000);
  }

  @Test
  void aQuoteForADayBeforeTheSalesCopysWindowAsksTheEarningContext() {
    Parker p = Parker.registeredAtFb001("Late");
    ItDatabase db = RunningAtrium.database();
    long member = p.member();
    String phone = p.phone();
    // four days ago at 14:00 in the mall's zone: before the copy's window of 3 days (the default)
    Instant exit =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusDays(4)
            .atTime(14, 0)
            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
            .toInstant();
    var late =
        PosClient.demo("FB001")
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"PK-"
                    + Fixtures.unique()
                    + "\",\"amount\":300.00,\"occurredAt\":\""
                    + exit.minus(2, ChronoUnit.HOURS)
                    + "\"}")
            .send();
    assertThat(late.status()).as(late.body()).isEqualTo(201);
    assertThat(db.longValue("select count(*) from parking_sale where member_id = ?", member))
        .as("a sale from before the window is not copied")
        .isZero();

    JsonObject quote =
        quote(
            XH,
            "IT-" + Fixtures.unique(),
            p.plate(),
            exit.minus(300, ChronoUnit.MINUTES),
            exit,
            2500);
    assertThat(quote.getJsonNumber("sameDaySpendFen").longValue()).isEqualTo(30_000);
    assertThat(quote.getInt("spendMinutes")).isEqualTo(60);
  }

  static String receiptOf(long member, String tenant) {
    return (String)
        RunningAtrium.database()
            .value(
                "select s.receipt_number from sale s join tenant t on t.id = s.tenant_id"
                    + " where s.member_id = ? and t.code = ?",
                member,
                tenant);
  }

  /** A member registered at FB001's till with a random 苏E plate bound. */
  record Parker(String phone, long member, String plate) {

    static Parker registeredAtFb001(String name) {
      String phone = "136" + String.format("%08d", (long) (Math.random() * 100_000_000));
      String digits = String.format("%05d", (long) (Math.random() * 100_000));
      assertThat(
              PosClient.demo("FB001")
                  .post(
                      "/api/v1/pos/members",
                      "{\"phone\":\""
                          + phone
                          + "\",\"name\":\""
                          + name
                          + " 会员\",\"acceptTerms\":true}")
                  .send()
                  .status())
          .isEqualTo(201);
      long member =
          RunningAtrium.database().longValue("select id from member where phone = ?", phone);
      ItPlates.bind(member, "苏E" + digits, "苏E·***" + digits.substring(3));
      return new Parker(phone, member, "苏E" + digits);
    }
  }

  static String copyOf(long member) {
    var row =
        RunningAtrium.database()
            .row(
                "select tier, active, masked_card, partner_rights from parking_member"
                    + " where member_id = ?",
                member)
            .orElseThrow();
    return row.get("tier")
        + " "
        + row.get("active")
        + " "
        + row.get("masked_card")
        + " "
        + row.get("partner_rights");
  }

  static String memberOf(String plate, Instant entry, Instant exit) {
    JsonObject member =
        quote(XH, "IT-DEMO-" + Fixtures.unique(), plate, entry, exit, 900).getJsonObject("member");
    return member.getString("plate") + " " + member.getString("cardNumber");
  }

  static String demoCard(int n) {
    String card =
        (String)
            RunningAtrium.database()
                .value("select card_number from member order by id offset ? limit 1", n);
    return card.substring(0, 2) + "******" + card.substring(8);
  }

  static JsonObject quote(
      PosClient park, String session, String plate, Instant entry, Instant exit, long fee) {
    var r =
        park.post("/api/v1/parking/quotes", exitBody(session, plate, entry, exit, fee) + "}")
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static String entryBody(String session, String plate, Instant entry) {
    return "{\"sessionId\":\""
        + session
        + "\",\"plate\":\""
        + plate
        + "\",\"enteredAt\":\""
        + entry
        + "\"}";
  }

  static String exitBody(String session, String plate, Instant entry, Instant exit, long fee) {
    return "{\"sessionId\":\""
        + session
        + "\",\"plate\":\""
        + plate
        + "\",\"enteredAt\":\""
        + entry
        + "\",\"exitedAt\":\""
        + exit
        + "\",\"feeFen\":"
        + fee;
  }

  static String settlementBody(
      String session,
      String plate,
      Instant entry,
      Instant exit,
      long fee,
      int minutes,
      long fen,
      long points) {
    return exitBody(session, plate, entry, exit, fee)
        + ",\"appliedMinutes\":"
        + minutes
        + ",\"appliedFen\":"
        + fen
        + ",\"points\":"
        + points
        + "}";
  }

  static void sale(String tenant, String phone, String amount) {
    sale(tenant, phone, amount, "PK-" + Fixtures.unique());
  }

  static void sale(String tenant, String phone, String amount, String receipt) {
    var r =
        PosClient.demo(tenant)
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\""
                    + receipt
                    + "\",\"amount\":"
                    + new BigDecimal(amount)
                    + "}")
            .send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
  }

  static long balanceOf(long member) {
    return RunningAtrium.database()
        .longValue(
            "select balance from ledger_account where member_id = ? and kind = 'MEMBER'", member);
  }
}
