package com.atrium.it;

import static com.atrium.it.ClearingDisputesIT.assertProblem;
import static com.atrium.it.ClearingDisputesIT.json;
import static com.atrium.it.ClearingDisputesIT.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every line drills down to what is behind it and sums to it (docs/clearing.md, "Traceability",
 * "Partners", "Parking"), on a mall of this test's own with two tenants (a sale, a payment with
 * points, a refund), a postpaid partner with fees both ways (one exchange reversed, one rejected),
 * a prepaid one drawing and getting back its deposit after a top-up, and parking paid by the
 * operator, a tenant and a partner: every drillable line of every statement of the day's run is
 * walked page by page and its drill-down total is the line's points, amount, minutes or memo; the
 * fee lines list each exchange's fee exactly; an exchange's entry finds its partner lines; a
 * settlement released after the run was computed stays in the drill-down. A tenant's manager drills
 * into its own parking line, its sales named by receipt number, and finds no other tenant's.
 */
@ExtendWith(RunningAtrium.class)
class ClearingDrillDownsIT {

  static final String RUNS = "/api/v1/operator/clearing/runs";

  @Test
  void everyDrillableLineOfEveryStatementSumsToItsDrillDown() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    PosClient tillA = PosClient.of(a);
    PosClient tillB = PosClient.of(b);
    String phone = PosSalesIT.randomPhone();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"明细会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String receipt = "DD-" + Fixtures.unique();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/sales",
                    "{\"phone\":\""
                        + phone
                        + "\",\"receiptNumber\":\""
                        + receipt
                        + "\",\"amount\":1234.00}")
                .send()
                .status())
        .isEqualTo(201);
    assertThat(
            tillB
                .post(
                    "/api/v1/pos/point-payments",
                    "{\"phone\":\""
                        + phone
                        + "\",\"paymentReference\":\"DD-P-"
                        + Fixtures.unique()
                        + "\",\"billAmount\":100.00,\"points\":567}")
                .send()
                .status())
        .isEqualTo(201);
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/refunds",
                    "{\"receiptNumber\":\""
                        + receipt
                        + "\",\"refundReference\":\"DD-R-"
                        + Fixtures.unique()
                        + "\",\"amount\":617.00}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long saleId = db.longValue("select id from sale where receipt_number = ?", receipt);

    // two partners of this mall: fees 0.50 + 1 % of the value, cost 0.0100 a point
    ItPartner air = ItPartner.postpaid();
    ItPartner bank = ItPartner.create("PREPAID", new BigDecimal("1000.00"), 0, 0, 180);
    db.update("update partner set mall_id = ? where id in (?, ?)", mall.id(), air.id, bank.id);
    String ref = "M-" + Fixtures.unique();
    air.linkNewMember(ref);
    String bankRef = "B-" + Fixtures.unique();
    bank.linkNewMember(bankRef);
    String t = "DD" + Fixtures.unique();
    assertThat(air.in(t + "-1", ref, 20_000).status()).isEqualTo(201); // 2,000 points, fee 0.70
    assertThat(air.in(t + "-2", ref, 5_000).status()).isEqualTo(201); // 500, fee 0.55
    assertThat(air.act(t + "-2", "reversal").status()).isEqualTo(200);
    assertThat(air.out(t + "-3", ref, 1_000).status()).isEqualTo(201); // fee 0.60
    assertThat(air.act(t + "-3", "confirmation").status()).isEqualTo(200);
    assertThat(air.out(t + "-4", ref, 300).status()).isEqualTo(201); // fee 0.53
    assertThat(air.act(t + "-4", "rejection").status()).isEqualTo(200);
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    var topUp =
        finance.postJson(
            "/api/v1/operator/partners/" + bank.code + "/deposit-top-ups",
            "{\"amount\":200.00,\"reference\":\"DD-TOP-" + Fixtures.unique() + "\"}");
    assertThat(topUp.status()).as(topUp.body()).isEqualTo(201);
    // 1,000 points: 10.00 + 0.60 drawn; 200 points: 2.00 + 0.52 drawn and given back
    assertThat(bank.in(t + "-5", bankRef, 10_000).status()).isEqualTo(201);
    assertThat(bank.in(t + "-6", bankRef, 2_000).status()).isEqualTo(201);
    assertThat(bank.act(t + "-6", "reversal").status()).isEqualTo(200);
    assertThat(bank.deposit()).isEqualByComparingTo("1189.40");

    // parking: the operator's tier hour, a's spend (its sale), the airline's rights; and b's
    // spend on a settlement released after the run is computed
    Instant at = Instant.now().minusSeconds(60);
    String s1 = "DD-P-" + Fixtures.unique();
    long one =
        ItParkingCharges.settlement(
            mall.id(),
            s1,
            at,
            "SETTLED",
            ItParkingCharges.charge("OPERATOR", null, null, "TIER", "60.00", "10.00"),
            ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "40.00", "6.67"),
            ItParkingCharges.charge("PARTNER", null, air.code, "PARTNER", "30.00", "5.00"));
    ItParkingCharges.spendSale(one, saleId, a.tenant().id(), "1234.00");
    long two =
        ItParkingCharges.settlement(
            mall.id(),
            "DD-P-" + Fixtures.unique(),
            at,
            "SETTLED",
            ItParkingCharges.charge("TENANT", b.tenant().id(), null, "SPEND", "20.00", "3.33"));

    var started =
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + LocalDate.now(ClearingRunsIT.ZONE)
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String run = RUNS + "/" + json(started.body()).getJsonNumber("id");
    Map<String, Long> statements =
        json(started.body()).getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(
                Collectors.toMap(
                    s -> s.getString("party"), s -> s.getJsonNumber("id").longValue()));
    assertThat(statements.keySet())
        .containsExactlyInAnyOrder(
            a.tenant().code(), b.tenant().code(), air.code, bank.code, "OPERATOR");
    // released after the run was computed: the stored line still counts it, and so does its
    // drill-down, which shows when it was released
    assertThat(
            db.update(
                "update parking_settlement set state = 'RELEASED', released_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now()),
                two))
        .isEqualTo(1);

    // every line of every statement
    Map<String, Integer> walked = new TreeMap<>();
    for (Map.Entry<String, Long> s : statements.entrySet()) {
      for (JsonObject line : lines(finance, run, s.getValue())) {
        String how = walk(finance, run, s.getValue(), line);
        walked.merge(how, 1, Integer::sum);
      }
    }
    // parking: a's, b's, air's and the operator's two; fees: air's four, bank's two, the
    // operator's four; deposits: bank's three movements and two balances
    assertThat(walked)
        .containsEntry("parking", 5)
        .containsEntry("deposit", 3)
        .containsEntry("balance", 2)
        .containsEntry("fees", 10)
        .containsKey("entries");

    // the fee lines list each exchange's fee, summing to the line's amount
    long airStatement = statements.get(air.code);
    List<Tuple> feeIn = fees(finance, run, airStatement, "EXCHANGE_FEE", 0);
    assertThat(feeIn)
        .extracting(x -> x.toList().subList(1, 6))
        .containsExactly(
            List.of(t + "-1", "IN", 2000L, "0.70", "-0.70"),
            List.of(t + "-2", "IN", 500L, "0.55", "-0.55"));
    assertThat(fees(finance, run, airStatement, "EXCHANGE_FEE", 1))
        .extracting(x -> x.toList().subList(1, 6))
        .containsExactly(
            List.of(t + "-3", "OUT", 1000L, "0.60", "-0.60"),
            List.of(t + "-4", "OUT", 300L, "0.53", "-0.53"));
    List<Tuple> returnedIn = fees(finance, run, airStatement, "EXCHANGE_FEE_RETURNED", 0);
    assertThat(returnedIn)
        .extracting(x -> x.toList().subList(1, 6))
        .containsExactly(List.of(t + "-2", "IN", 500L, "0.55", "0.55"));
    long operator = statements.get("OPERATOR");
    assertThat(fees(finance, run, operator, "EXCHANGE_FEE", 0))
        .extracting(x -> x.toList().subList(1, 6))
        .containsExactlyInAnyOrder(
            List.of(t + "-1", "IN", 2000L, "0.70", "0.70"),
            List.of(t + "-2", "IN", 500L, "0.55", "0.55"),
            List.of(t + "-3", "OUT", 1000L, "0.60", "0.60"),
            List.of(t + "-4", "OUT", 300L, "0.53", "0.53"));
    assertThat(fees(finance, run, operator, "EXCHANGE_FEE_RETURNED", 0))
        .extracting(x -> x.toList().subList(1, 6))
        .containsExactlyInAnyOrder(
            List.of(t + "-2", "IN", 500L, "0.55", "-0.55"),
            List.of(t + "-4", "OUT", 300L, "0.53", "-0.53"));
    assertThat(fees(finance, run, statements.get(bank.code), "EXCHANGE_FEE_FROM_DEPOSIT", 0))
        .extracting(x -> x.toList().subList(1, 6))
        .containsExactly(
            List.of(t + "-5", "IN", 1000L, "0.60", "0.00"),
            List.of(t + "-6", "IN", 200L, "0.52", "0.00"));

    // the deposit's movements: the top-up, two draws, one given back
    long bankStatement = statements.get(bank.code);
    assertThat(movements(finance, run, bankStatement, "DEPOSIT_TOPPED_UP"))
        .containsExactly(tuple("TOP_UP", "200.00", null));
    assertThat(movements(finance, run, bankStatement, "DEPOSIT_DRAWN"))
        .containsExactly(
            tuple("EXCHANGE_IN", "10.60", t + "-5"), tuple("EXCHANGE_IN", "2.52", t + "-6"));
    assertThat(movements(finance, run, bankStatement, "DEPOSIT_RETURNED"))
        .containsExactly(tuple("REVERSAL", "2.52", t + "-6"));
    // the opening is a balance, not a movement of the period
    long opening =
        lineOf(finance, run, bankStatement, "DEPOSIT_OPENING", 0).getJsonNumber("id").longValue();
    assertProblem(
        finance.get(run + "/statements/" + bankStatement + "/lines/" + opening + "/movements"),
        404,
        "LINE_NOT_DEPOSIT_MOVEMENT");
    long charge =
        lineOf(finance, run, airStatement, "EXCHANGE_IN_CHARGE", 0).getJsonNumber("id").longValue();
    assertProblem(
        finance.get(run + "/statements/" + airStatement + "/lines/" + charge + "/exchanges"),
        404,
        "LINE_NOT_EXCHANGE_FEE");

    // an exchange's entry finds its value line and then its fee line, then the operator's lines
    // mirroring them; so does an undoing's
    assertThat(placements(finance, (Long) feeIn.get(0).toList().get(0)))
        .containsExactly(
            tuple(
                airStatement,
                "EXCHANGE_IN_CHARGE",
                id(finance, run, airStatement, "EXCHANGE_IN_CHARGE", 0)),
            tuple(airStatement, "EXCHANGE_FEE", id(finance, run, airStatement, "EXCHANGE_FEE", 0)),
            tuple(
                operator,
                "EXCHANGE_IN_CHARGE",
                id(finance, run, operator, "EXCHANGE_IN_CHARGE", 0)),
            tuple(operator, "EXCHANGE_FEE", id(finance, run, operator, "EXCHANGE_FEE", 0)));
    assertThat(placements(finance, (Long) returnedIn.get(0).toList().get(0)))
        .containsExactly(
            tuple(
                airStatement,
                "EXCHANGE_IN_REVERSED",
                id(finance, run, airStatement, "EXCHANGE_IN_REVERSED", 0)),
            tuple(
                airStatement,
                "EXCHANGE_FEE_RETURNED",
                id(finance, run, airStatement, "EXCHANGE_FEE_RETURNED", 0)),
            tuple(
                operator,
                "EXCHANGE_IN_REVERSED",
                id(finance, run, operator, "EXCHANGE_IN_REVERSED", 0)),
            tuple(
                operator,
                "EXCHANGE_FEE_RETURNED",
                id(finance, run, operator, "EXCHANGE_FEE_RETURNED", 0)));

    // parking: a's spend names its sale by receipt number; b's released settlement stays listed
    JsonObject aCharge =
        settlements(
                finance, run + "/statements/" + statements.get(a.tenant().code()), "PARKING_CHARGE")
            .get(0);
    assertThat(aCharge.getJsonArray("sales").getJsonObject(0).getString("receiptNumber"))
        .isEqualTo(receipt);
    assertThat(aCharge.containsKey("releasedAt")).isFalse();
    JsonObject bCharge =
        settlements(
                finance, run + "/statements/" + statements.get(b.tenant().code()), "PARKING_CHARGE")
            .get(0);
    assertThat(bCharge.getJsonNumber("settlementId").longValue()).isEqualTo(two);
    assertThat(bCharge.containsKey("releasedAt")).isTrue();
    Fixtures.assertLedgerBalanced();
  }

  /**
   * A partner's settlement mode changed mid-period (no API or portal path changes it,
   * docs/partners.md: an operator's database update, as here): each exchange in is priced as it was
   * paid when made, and the stored run still drills down to its lines after a later change.
   */
  @Test
  void anExchangeIsClearedAsItWasPaidWhenMadeWhateverThePartnersModeIsNow() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    ItPartner bank = ItPartner.create("PREPAID", new BigDecimal("1000.00"), 0, 0, 180);
    ItDatabase db = RunningAtrium.database();
    db.update("update partner set mall_id = ? where id = ?", mall.id(), bank.id);
    String ref = "MC-" + Fixtures.unique();
    bank.linkNewMember(ref);
    String t = "MC" + Fixtures.unique();
    // 1,000 points: 10.00 + fee 0.60 drawn from the deposit
    assertThat(bank.in(t + "-1", ref, 10_000).status()).isEqualTo(201);
    String mode = "update partner set settlement_mode = ? where id = ?";
    assertThat(db.update(mode, "POSTPAID", bank.id)).isEqualTo(1);
    // 500 points: 5.00 + fee 0.55 charged
    assertThat(bank.in(t + "-2", ref, 5_000).status()).isEqualTo(201);
    assertThat(bank.deposit()).isEqualByComparingTo("989.40");

    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    var started =
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + LocalDate.now(ClearingRunsIT.ZONE)
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject answer = json(started.body());
    String run = RUNS + "/" + answer.getJsonNumber("id");
    // the deposit's lines follow the mode now (postpaid: none); the run nets to zero
    assertThat(answer.getJsonArray("statements").stream().map(v -> v.asJsonObject()))
        .extracting(
            x -> x.getString("party"),
            x -> x.getJsonNumber("net").bigDecimalValue().toPlainString())
        .containsExactly(tuple(bank.code, "-5.55"), tuple("OPERATOR", "5.55"));
    long statement =
        answer.getJsonArray("statements").getJsonObject(0).getJsonNumber("id").longValue();
    long operator =
        answer.getJsonArray("statements").getJsonObject(1).getJsonNumber("id").longValue();
    assertThat(lines(finance, run, statement))
        .extracting(
            l -> l.getString("kind"),
            l -> l.getJsonNumber("points").longValue(),
            l -> l.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString())
        .containsExactly(
            tuple("EXCHANGE_IN_CHARGE", 500L, "-5.00"),
            tuple("EXCHANGE_IN_FROM_DEPOSIT", 1000L, "0.00"),
            tuple("EXCHANGE_FEE", 500L, "-0.55"),
            tuple("EXCHANGE_FEE_FROM_DEPOSIT", 1000L, "0.00"));

    // checked right after the run, and again after the mode is changed back
    for (String now : List.of("POSTPAID", "PREPAID")) {
      assertThat(db.update(mode, now, bank.id)).isEqualTo(1);
      List<Tuple> charged = fees(finance, run, statement, "EXCHANGE_FEE", 0);
      assertThat(charged)
          .as(now)
          .extracting(x -> x.toList().subList(1, 6))
          .containsExactly(List.of(t + "-2", "IN", 500L, "0.55", "-0.55"));
      List<Tuple> drawn = fees(finance, run, statement, "EXCHANGE_FEE_FROM_DEPOSIT", 0);
      assertThat(drawn)
          .as(now)
          .extracting(x -> x.toList().subList(1, 6))
          .containsExactly(List.of(t + "-1", "IN", 1000L, "0.60", "0.00"));
      for (long s : List.of(statement, operator)) {
        for (JsonObject line : lines(finance, run, s)) {
          walk(finance, run, s, line);
        }
      }
      assertThat(placements(finance, (Long) charged.get(0).toList().get(0)))
          .as(now)
          .containsExactly(
              tuple(
                  statement,
                  "EXCHANGE_IN_CHARGE",
                  id(finance, run, statement, "EXCHANGE_IN_CHARGE", 0)),
              tuple(statement, "EXCHANGE_FEE", id(finance, run, statement, "EXCHANGE_FEE", 0)),
              tuple(
                  operator,
                  "EXCHANGE_IN_CHARGE",
                  id(finance, run, operator, "EXCHANGE_IN_CHARGE", 0)),
              tuple(operator, "EXCHANGE_FEE", id(finance, run, operator, "EXCHANGE_FEE", 0)));
      assertThat(placements(finance, (Long) drawn.get(0).toList().get(0)))
          .as(now)
          .containsExactly(
              tuple(
                  statement,
                  "EXCHANGE_IN_FROM_DEPOSIT",
                  id(finance, run, statement, "EXCHANGE_IN_FROM_DEPOSIT", 0)),
              tuple(
                  statement,
                  "EXCHANGE_FEE_FROM_DEPOSIT",
                  id(finance, run, statement, "EXCHANGE_FEE_FROM_DEPOSIT", 0)),
              tuple(
                  operator,
                  "EXCHANGE_IN_FROM_DEPOSIT",
                  id(finance, run, operator, "EXCHANGE_IN_FROM_DEPOSIT", 0)),
              tuple(
                  operator,
                  "EXCHANGE_FEE_FROM_DEPOSIT",
                  id(finance, run, operator, "EXCHANGE_FEE_FROM_DEPOSIT", 0)));
    }
    // prepaid again, reversing the charged exchange gives the deposit nothing: it never paid for it
    assertThat(bank.act(t + "-2", "reversal").status()).isEqualTo(200);
    assertThat(bank.deposit()).isEqualByComparingTo("989.40");
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void aManagerDrillsIntoItsOwnParkingLineByReceiptAndFindsNoOtherTenantsLine() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    PosClient tillA = PosClient.of(a);
    String phone = PosSalesIT.randomPhone();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"停车明细\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String receipt = "DM-" + Fixtures.unique();
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/sales",
                    "{\"phone\":\""
                        + phone
                        + "\",\"receiptNumber\":\""
                        + receipt
                        + "\",\"amount\":200.00}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long saleId = db.longValue("select id from sale where receipt_number = ?", receipt);
    LocalDate day = LocalDate.now(ClearingRunsIT.ZONE).minusDays(3);
    Instant at = day.atStartOfDay(ClearingRunsIT.ZONE).toInstant().plusSeconds(3 * 3600);
    long one =
        ItParkingCharges.settlement(
            mall.id(),
            "DM-P-" + Fixtures.unique(),
            at,
            "SETTLED",
            ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "40.00", "6.67"),
            ItParkingCharges.charge("TENANT", b.tenant().id(), null, "SPEND", "20.00", "3.33"));
    ItParkingCharges.spendSale(one, saleId, a.tenant().id(), "200.00");
    long two =
        ItParkingCharges.settlement(
            mall.id(),
            "DM-P-" + Fixtures.unique(),
            at.plusSeconds(600),
            "SETTLED",
            ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "9.00", "1.50"));

    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    var started =
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + day
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String run = RUNS + "/" + json(started.body()).getJsonNumber("id");
    Map<String, Long> ids =
        json(started.body()).getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(
                Collectors.toMap(
                    s -> s.getString("party"), s -> s.getJsonNumber("id").longValue()));
    // the second settlement is released after the run was computed: still counted, still listed
    db.update(
        "update parking_settlement set state = 'RELEASED', released_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.now()),
        two);
    String statementA = "/api/v1/merchant/clearing/statements/" + ids.get(a.tenant().code());
    String statementB = "/api/v1/merchant/clearing/statements/" + ids.get(b.tenant().code());
    PortalClient managerA = login(Fixtures.manager(a.tenant().id()));
    PortalClient managerB = login(Fixtures.manager(b.tenant().id()));
    assertProblem(managerA.get(statementA), 404, "STATEMENT_NOT_FOUND");
    var submitted = finance.postJson(run + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

    JsonObject lineA = parkingLine(managerA, statementA);
    assertThat(lineA.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-8.17");
    long lineAId = lineA.getJsonNumber("id").longValue();
    List<JsonObject> charges = new ArrayList<>();
    long after = 0;
    while (true) {
      var page =
          managerA.get(statementA + "/lines/" + lineAId + "/settlements?limit=1&after=" + after);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      var listed = json(page.body()).getJsonArray("charges");
      listed.forEach(v -> charges.add(v.asJsonObject()));
      if (listed.isEmpty()) {
        break;
      }
      after = listed.getJsonObject(listed.size() - 1).getJsonNumber("chargeId").longValue();
    }
    assertThat(charges)
        .extracting(
            c -> c.getJsonNumber("settlementId").longValue(),
            c -> c.getJsonNumber("minutes").bigDecimalValue().setScale(2).toPlainString(),
            c -> c.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(),
            c -> c.containsKey("releasedAt"),
            c ->
                c.getJsonArray("sales").stream()
                    .map(x -> x.asJsonObject().getString("receiptNumber"))
                    .toList())
        .containsExactly(
            tuple(one, "40.00", "6.67", false, List.of(receipt)),
            tuple(two, "9.00", "1.50", true, List.of()));
    // another tenant's statement, its line under A's statement, another kind of line: 404
    long lineBId = parkingLine(managerB, statementB).getJsonNumber("id").longValue();
    assertProblem(
        managerA.get(statementB + "/lines/" + lineBId + "/settlements"),
        404,
        "STATEMENT_NOT_FOUND");
    assertProblem(
        managerA.get(statementA + "/lines/" + lineBId + "/settlements"), 404, "LINE_NOT_FOUND");
    assertProblem(
        managerA.get(statementA + "/lines/" + lineAId + "/settlements?limit=0"),
        400,
        "LIMIT_INVALID");
    // B sees its own charge, not A's sale
    var own = managerB.get(statementB + "/lines/" + lineBId + "/settlements");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(json(own.body()).getJsonArray("charges").stream().map(v -> v.asJsonObject()))
        .extracting(
            c -> c.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(),
            c -> c.getJsonArray("sales").size())
        .containsExactly(tuple("3.33", 0));
  }

  /**
   * Walks a line's whole drill-down page by page (two a page) and checks its total against the
   * line; answers which drill-down it took.
   */
  private static String walk(PortalClient finance, String run, long statement, JsonObject line) {
    String kind = line.getString("kind");
    String base = run + "/statements/" + statement + "/lines/" + line.getJsonNumber("id");
    String as = kind + " of statement " + statement;
    if (kind.startsWith("PARKING_")) {
      BigDecimal minutes = BigDecimal.ZERO;
      BigDecimal amount = BigDecimal.ZERO;
      for (JsonObject c : pages(finance, base + "/settlements", "charges", "chargeId")) {
        minutes = minutes.add(c.getJsonNumber("minutes").bigDecimalValue());
        amount = amount.add(c.getJsonNumber("amount").bigDecimalValue());
      }
      assertThat(minutes)
          .as(as)
          .isEqualByComparingTo(line.getJsonNumber("minutes").bigDecimalValue());
      assertThat(amount)
          .as(as)
          .isEqualByComparingTo(
              kind.equals("PARKING_OPERATOR_COST")
                  ? line.getJsonNumber("memo").bigDecimalValue()
                  : line.getJsonNumber("amount").bigDecimalValue().abs());
      return "parking";
    }
    if (kind.contains("EXCHANGE_FEE")) {
      List<JsonObject> listed = pages(finance, base + "/exchanges", "exchanges", "entryId");
      assertThat(
              listed.stream()
                  .map(x -> x.getJsonNumber("amount").bigDecimalValue())
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .as(as)
          .isEqualByComparingTo(line.getJsonNumber("amount").bigDecimalValue());
      assertThat(listed.stream().mapToLong(x -> x.getJsonNumber("points").longValue()).sum())
          .as(as)
          .isEqualTo(line.getJsonNumber("points").longValue());
      return "fees";
    }
    if (kind.equals("DEPOSIT_TOPPED_UP")
        || kind.equals("DEPOSIT_DRAWN")
        || kind.equals("DEPOSIT_RETURNED")) {
      assertThat(
              pages(finance, base + "/movements", "movements", "movementId").stream()
                  .map(x -> x.getJsonNumber("memo").bigDecimalValue())
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .as(as)
          .isEqualByComparingTo(line.getJsonNumber("memo").bigDecimalValue());
      return "deposit";
    }
    if (kind.startsWith("DEPOSIT_")) {
      return "balance";
    }
    List<JsonObject> entries = pages(finance, base + "/entries", "entries", "entryId");
    assertThat(entries).as(as).hasSize(line.getInt("entries"));
    assertThat(entries.stream().mapToLong(e -> e.getJsonNumber("points").longValue()).sum())
        .as(as)
        .isEqualTo(line.getJsonNumber("points").longValue());
    return "entries";
  }

  /** Every item of a drill-down, two a page by the keyset {@code key}. */
  private static List<JsonObject> pages(
      PortalClient client, String path, String items, String key) {
    List<JsonObject> all = new ArrayList<>();
    long after = 0;
    while (true) {
      var answer = client.get(path + "?limit=2&after=" + after);
      assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
      var page = json(answer.body()).getJsonArray(items);
      page.forEach(v -> all.add(v.asJsonObject()));
      if (page.size() < 2) {
        return all;
      }
      after = page.getJsonObject(page.size() - 1).getJsonNumber(key).longValue();
    }
  }

  /**
   * The exchanges of the {@code nth} line of a kind: entry, txn, direction, points, fee, amount.
   */
  private static List<Tuple> fees(
      PortalClient finance, String run, long statement, String kind, int nth) {
    String path =
        run
            + "/statements/"
            + statement
            + "/lines/"
            + id(finance, run, statement, kind, nth)
            + "/exchanges";
    return pages(finance, path, "exchanges", "entryId").stream()
        .map(
            x ->
                tuple(
                    x.getJsonNumber("entryId").longValue(),
                    x.getString("partnerTxnId"),
                    x.getString("direction"),
                    x.getJsonNumber("points").longValue(),
                    x.getJsonNumber("fee").bigDecimalValue().setScale(2).toPlainString(),
                    x.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString()))
        .toList();
  }

  private static List<Tuple> movements(
      PortalClient finance, String run, long statement, String kind) {
    String path =
        run
            + "/statements/"
            + statement
            + "/lines/"
            + id(finance, run, statement, kind, 0)
            + "/movements";
    return pages(finance, path, "movements", "movementId").stream()
        .map(
            m ->
                tuple(
                    m.getString("reason"),
                    m.getJsonNumber("memo").bigDecimalValue().setScale(2).toPlainString(),
                    m.containsKey("partnerTxnId") ? m.getString("partnerTxnId") : null))
        .toList();
  }

  private static List<JsonObject> settlements(
      PortalClient finance, String statementPath, String kind) {
    var page = finance.get(statementPath + "/lines?limit=200");
    long line =
        json(page.body()).getJsonArray("lines").stream()
            .map(v -> v.asJsonObject())
            .filter(l -> l.getString("kind").equals(kind))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    return pages(finance, statementPath + "/lines/" + line + "/settlements", "charges", "chargeId");
  }

  private static List<Tuple> placements(PortalClient finance, long entryId) {
    var answer = finance.get("/api/v1/operator/clearing/entries/" + entryId + "/placement");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getJsonArray("placements").stream()
        .map(v -> v.asJsonObject())
        .map(
            p ->
                tuple(
                    p.getJsonNumber("statementId").longValue(),
                    p.getString("lineKind"),
                    p.getJsonNumber("lineId").longValue()))
        .toList();
  }

  private static long id(PortalClient finance, String run, long statement, String kind, int nth) {
    return lineOf(finance, run, statement, kind, nth).getJsonNumber("id").longValue();
  }

  private static JsonObject lineOf(
      PortalClient finance, String run, long statement, String kind, int nth) {
    return lines(finance, run, statement).stream()
        .filter(l -> l.getString("kind").equals(kind))
        .skip(nth)
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonObject> lines(PortalClient finance, String run, long statement) {
    var page = finance.get(run + "/statements/" + statement + "/lines?limit=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream().map(v -> v.asJsonObject()).toList();
  }

  private static JsonObject parkingLine(PortalClient manager, String statement) {
    var page = manager.get(statement);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream()
        .map(v -> v.asJsonObject())
        .filter(l -> l.getString("kind").equals("PARKING_CHARGE"))
        .findFirst()
        .orElseThrow();
  }
}
