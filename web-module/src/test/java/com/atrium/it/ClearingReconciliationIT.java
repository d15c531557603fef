package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A property of clearing over random activity (docs/clearing.md, "Tests"): whatever sequence of
 * sales, refunds, points-as-cash payments, reward redemptions and cancellations the tills of a mall
 * send, the points on the period's statements are exactly the ledger's movements of the tenants'
 * accounts in that period, each line is its points times its rate rounded once, and the statements
 * net to zero across the tenants and the operator.
 *
 * <p>The sequence is drawn from a seed printed with every failure; {@code -Datrium.it.seed=N}
 * replays one.
 */
@ExtendWith(RunningAtrium.class)
class ClearingReconciliationIT {

  private static final int TENANTS = 3;
  private static final int MEMBERS = 4;
  private static final int OPERATIONS = 70;

  /**
   * The first operations, of one member, so that every kind happens at least once: three sales of
   * at least ¥1,000, two reward redemptions, a cancellation of one and the providing tenant's
   * verification (核销) of the other, a refund, a payment with points. The numbers are dice values of
   * the branches below.
   */
  private static final int[] FIRST = {0, 0, 0, 80, 80, 95, 87, 50, 60};

  private final long seed = Long.getLong("atrium.it.seed", System.nanoTime());
  private final Random random = new Random(seed);

  private record SaleMade(PosClient till, String receipt, BigDecimal amount) {}

  private record Redeemed(PosClient till, long id, String couponCode) {}

  @Test
  void overRandomActivityTheStatementsAreTheLedgersMovementsAndNetToZero() {
    String why = "seed " + seed + " (-Datrium.it.seed=" + seed + " replays it)";
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    PortalClient finance = new PortalClient("en");
    Fixtures.UserRow user = Fixtures.operator("OPERATOR_FINANCE");
    assertThat(finance.login(user.username(), user.password()).redirectPath()).isPresent();

    List<Fixtures.PosKey> keys = new ArrayList<>();
    List<PosClient> tills = new ArrayList<>();
    List<String> rewards = new ArrayList<>();
    for (int i = 0; i < TENANTS; i++) {
      Fixtures.PosKey key = mall.posKey();
      keys.add(key);
      tills.add(PosClient.of(key));
      changeTerms(finance, key.tenant().id());
      rewards.add(PosRedemptionIT.reward(key.tenant().id(), 50L + random.nextInt(450), 1000, 1000));
    }
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      String phone = PosSalesIT.randomPhone();
      var r =
          tills
              .get(0)
              .post(
                  "/api/v1/pos/members",
                  "{\"phone\":\"" + phone + "\",\"name\":\"对账会员\",\"acceptTerms\":true}")
              .send();
      assertThat(r.status()).as(r.toString()).isEqualTo(201);
      phones.add(phone);
    }

    Instant start = Instant.now();
    Map<String, Long> balance = new HashMap<>();
    phones.forEach(p -> balance.put(p, 0L));
    List<SaleMade> sales = new ArrayList<>();
    Map<String, BigDecimal> refunded = new HashMap<>();
    List<Redeemed> redemptions = new ArrayList<>();
    for (int op = 0; op < OPERATIONS; op++) {
      int t = random.nextInt(TENANTS);
      PosClient till = tills.get(t);
      boolean scheduled = op < FIRST.length;
      String phone = phones.get(scheduled ? 0 : random.nextInt(MEMBERS));
      if (op == OPERATIONS / 2) {
        // a rate change halfway: the later entries are priced in a second rate period
        changeTerms(finance, keys.get(t).tenant().id());
      }
      int dice = scheduled ? FIRST[op] : random.nextInt(100);
      if (dice < 40 || sales.isEmpty()) {
        BigDecimal amount =
            BigDecimal.valueOf((scheduled ? 100_000 : 100) + random.nextInt(300_000), 2);
        String receipt = "RC-" + Fixtures.unique();
        var r =
            till.post(
                    "/api/v1/pos/sales",
                    "{\"phone\":\""
                        + phone
                        + "\",\"receiptNumber\":\""
                        + receipt
                        + "\",\"amount\":"
                        + amount.toPlainString()
                        + "}")
                .send();
        assertThat(r.status()).as(why + " " + r).isEqualTo(201);
        balance.put(phone, r.json().getJsonNumber("balance").longValue());
        sales.add(new SaleMade(till, receipt, amount));
      } else if (dice < 55) {
        SaleMade sale = sales.get(random.nextInt(sales.size()));
        BigDecimal left =
            sale.amount().subtract(refunded.getOrDefault(sale.receipt(), BigDecimal.ZERO));
        if (left.signum() <= 0) {
          continue;
        }
        BigDecimal amount =
            left.multiply(BigDecimal.valueOf(1 + random.nextInt(100)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                .max(new BigDecimal("0.01"));
        var r =
            sale.till()
                .post(
                    "/api/v1/pos/refunds",
                    "{\"receiptNumber\":\""
                        + sale.receipt()
                        + "\",\"refundReference\":\"RR-"
                        + Fixtures.unique()
                        + "\",\"amount\":"
                        + amount.toPlainString()
                        + "}")
                .send();
        assertThat(r.status()).as(why + " " + r).isEqualTo(201);
        refunded.merge(sale.receipt(), amount, BigDecimal::add);
        refreshBalances(balance);
      } else if (dice < 75) {
        long has = balance.get(phone);
        if (has < 1) {
          continue;
        }
        long points = 1 + random.nextInt((int) Math.min(has, 20_000));
        // points pay at most half the bill at 0.01 a point
        BigDecimal bill =
            BigDecimal.valueOf(points * 2 + random.nextInt(5_000), 2).max(BigDecimal.ONE);
        var r =
            till.post(
                    "/api/v1/pos/point-payments",
                    "{\"phone\":\""
                        + phone
                        + "\",\"paymentReference\":\"RP-"
                        + Fixtures.unique()
                        + "\",\"billAmount\":"
                        + bill.toPlainString()
                        + ",\"points\":"
                        + points
                        + "}")
                .send();
        assertThat(r.status()).as(why + " " + r).isEqualTo(201);
        balance.put(phone, r.json().getJsonNumber("balance").longValue());
      } else if (dice < 85) {
        String reward = rewards.get(t);
        long price =
            RunningAtrium.database()
                .longValue("select points_price from reward where code = ?", reward);
        if (balance.get(phone) < price) {
          continue;
        }
        var r =
            till.post(
                    "/api/v1/pos/redemptions",
                    "{\"phone\":\"" + phone + "\",\"rewardCode\":\"" + reward + "\"}")
                .header("Idempotency-Key", "rk-" + Fixtures.unique())
                .send();
        assertThat(r.status()).as(why + " " + r).isEqualTo(201);
        balance.put(phone, r.json().getJsonNumber("balance").longValue());
        redemptions.add(
            new Redeemed(
                till,
                r.json().getJsonNumber("redemptionId").longValue(),
                r.json().getString("couponCode")));
      } else if (dice < 90 && !redemptions.isEmpty()) {
        // the providing tenant honours the coupon: that is when it is reimbursed
        Redeemed redeemed = redemptions.remove(random.nextInt(redemptions.size()));
        var r =
            redeemed
                .till()
                .post("/api/v1/pos/coupons/" + redeemed.couponCode() + "/verification", "")
                .send();
        assertThat(r.status()).as(why + " " + r).isEqualTo(200);
      } else if (dice >= 90 && !redemptions.isEmpty()) {
        Redeemed redeemed = redemptions.remove(random.nextInt(redemptions.size()));
        var r =
            redeemed
                .till()
                .post("/api/v1/pos/redemptions/" + redeemed.id() + "/cancellation", "")
                .send();
        assertThat(r.status()).as(why + " " + r).isEqualTo(200);
        refreshBalances(balance);
      }
    }
    Instant end = Instant.now().plusSeconds(1);

    var answer =
        finance.get(
            "/api/v1/operator/clearing/drafts?mall="
                + mall.code()
                + "&from="
                + start
                + "&to="
                + end
                + "&breakageSharePercent=0");
    assertThat(answer.status()).as(why + " " + answer.body()).isEqualTo(200);
    JsonObject draft = json(answer.body());

    Map<String, Map<String, Long>> ledger = ledgerMovements(keys, start, end);
    Map<String, Map<String, Long>> stated = new TreeMap<>();
    BigDecimal sumOfNets = BigDecimal.ZERO;
    Map<String, Long> tenantsPerKind = new TreeMap<>();
    Map<String, Long> operatorPerKind = new TreeMap<>();
    for (var v : draft.getJsonArray("statements")) {
      JsonObject statement = v.asJsonObject();
      String party = statement.getString("party");
      BigDecimal lines = BigDecimal.ZERO;
      Map<String, Long> points = new TreeMap<>();
      for (var l : statement.getJsonArray("lines")) {
        JsonObject line = l.asJsonObject();
        String kind = line.getString("kind");
        long p = line.getJsonNumber("points").longValue();
        BigDecimal amount = line.getJsonNumber("amount").bigDecimalValue();
        lines = lines.add(amount);
        points.merge(kind, p, Long::sum);
        if (party.equals("OPERATOR")) {
          operatorPerKind.merge(kind, p, Long::sum);
        } else {
          tenantsPerKind.merge(kind, p, Long::sum);
          assertThat(amount)
              .as(why + " " + party + " " + line)
              .isEqualByComparingTo(expectedAmount(kind, p, line, termsOf(keys, party)));
        }
      }
      assertThat(statement.getJsonNumber("net").bigDecimalValue())
          .as(why + " the net of " + party + " is the sum of its lines")
          .isEqualByComparingTo(lines);
      sumOfNets = sumOfNets.add(lines);
      if (!party.equals("OPERATOR")) {
        stated.put(party, points);
      }
    }
    assertThat(sumOfNets).as(why + " the run nets to zero").isEqualByComparingTo("0.00");
    assertThat(operatorPerKind)
        .as(why + " the operator's points per kind are the tenants'")
        .isEqualTo(tenantsPerKind);

    assertThat(
            ledger.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList())
        .as(why + " every kind of movement happened")
        .containsExactly(
            "TENANT_ISSUANCE/EARN",
            "TENANT_ISSUANCE/REVERSAL",
            "TENANT_REDEMPTION/HONOUR",
            "TENANT_REDEMPTION/REDEEM");
    for (Fixtures.PosKey key : keys) {
      String code = key.tenant().code();
      Map<String, Long> moved = ledger.getOrDefault(code, Map.of());
      Map<String, Long> onStatement = stated.getOrDefault(code, Map.of());
      assertThat(onStatement.getOrDefault("ISSUANCE_CHARGE", 0L))
          .as(why + " " + code + " funded")
          .isEqualTo(-moved.getOrDefault("TENANT_ISSUANCE/EARN", 0L));
      assertThat(onStatement.getOrDefault("ISSUANCE_REVERSED", 0L))
          .as(why + " " + code + " funding reversed")
          .isEqualTo(moved.getOrDefault("TENANT_ISSUANCE/REVERSAL", 0L));
      assertThat(onStatement.getOrDefault("REIMBURSEMENT", 0L))
          .as(why + " " + code + " redeemed")
          .isEqualTo(
              moved.getOrDefault("TENANT_REDEMPTION/REDEEM", 0L)
                  + moved.getOrDefault("TENANT_REDEMPTION/HONOUR", 0L));
      assertThat(onStatement.getOrDefault("REIMBURSEMENT_REVERSED", 0L))
          .as(why + " " + code + " cancelled")
          .isEqualTo(-moved.getOrDefault("TENANT_REDEMPTION/REVERSAL", 0L));
      assertThat(moved.keySet())
          .as(why + " no other movement on " + code + "'s accounts")
          .isSubsetOf(
              "TENANT_ISSUANCE/EARN",
              "TENANT_ISSUANCE/REVERSAL",
              "TENANT_REDEMPTION/HONOUR",
              "TENANT_REDEMPTION/REDEEM",
              "TENANT_REDEMPTION/REVERSAL");
    }
    Fixtures.assertLedgerBalanced();
  }

  /** The terms each tenant was given, by tenant id, in order: cost, reimbursement, fee %. */
  private final Map<Long, List<BigDecimal[]>> termsGiven = new HashMap<>();

  /** Gives the tenant random terms from now (4-decimal rates, a 2-decimal fee up to 3 %). */
  private void changeTerms(PortalClient finance, long tenant) {
    BigDecimal cost = BigDecimal.valueOf(50 + random.nextInt(200), 4);
    List<BigDecimal[]> before = termsGiven.getOrDefault(tenant, List.of());
    BigDecimal reimbursement;
    do {
      // a fee line names its terms by their reimbursement rate: each version gets its own
      reimbursement = BigDecimal.valueOf(40 + random.nextInt(200), 4);
    } while (isUsed(before, reimbursement));
    BigDecimal fee = BigDecimal.valueOf(random.nextInt(301), 2);
    var r =
        finance.postJson(
            "/api/v1/operator/clearing/tenants/" + tenant + "/terms",
            "{\"costPerPoint\":"
                + cost.toPlainString()
                + ",\"reimbursementPerPoint\":"
                + reimbursement.toPlainString()
                + ",\"clearingFeePercent\":"
                + fee.toPlainString()
                + ",\"settlementMode\":\"POSTPAID\"}");
    assertThat(r.status()).as("seed " + seed + " " + r.body()).isEqualTo(201);
    termsGiven
        .computeIfAbsent(tenant, k -> new ArrayList<>())
        .add(new BigDecimal[] {cost, reimbursement, fee});
  }

  private static boolean isUsed(List<BigDecimal[]> terms, BigDecimal reimbursement) {
    return terms.stream().anyMatch(t -> t[1].compareTo(reimbursement) == 0);
  }

  private List<BigDecimal[]> termsOf(List<Fixtures.PosKey> keys, String code) {
    return keys.stream()
        .filter(k -> k.tenant().code().equals(code))
        .findFirst()
        .map(k -> termsGiven.get(k.tenant().id()))
        .orElseThrow();
  }

  /**
   * What a line must come to: its points times its rate (times the fee % for the fee), signed from
   * the tenant's side, rounded HALF_UP once. The line's rate names which of the tenant's terms it
   * used; the fee % is that of the terms with that rate.
   */
  private static BigDecimal expectedAmount(
      String kind, long points, JsonObject line, List<BigDecimal[]> terms) {
    BigDecimal rate = line.getJsonNumber("rate").bigDecimalValue();
    BigDecimal exact = BigDecimal.valueOf(points).multiply(rate);
    return switch (kind) {
      case "ISSUANCE_CHARGE", "REIMBURSEMENT_REVERSED" ->
          exact.negate().setScale(2, RoundingMode.HALF_UP);
      case "ISSUANCE_REVERSED", "REIMBURSEMENT" -> exact.setScale(2, RoundingMode.HALF_UP);
      case "CLEARING_FEE" -> {
        BigDecimal fee =
            terms.stream()
                .filter(t -> t[1].compareTo(rate) == 0)
                .map(t -> t[2])
                .findFirst()
                .orElseThrow();
        yield exact
            .multiply(fee)
            .divide(BigDecimal.valueOf(100))
            .negate()
            .setScale(2, RoundingMode.HALF_UP);
      }
      default -> throw new AssertionError("a line kind a postpaid tenant does not have: " + kind);
    };
  }

  /**
   * The points booked in the period on each tenant's accounts, by account kind and entry kind, read
   * straight from the journal: what the statements must add up to.
   */
  private static Map<String, Map<String, Long>> ledgerMovements(
      List<Fixtures.PosKey> keys, Instant from, Instant to) {
    Map<String, Map<String, Long>> moved = new TreeMap<>();
    for (Fixtures.PosKey key : keys) {
      for (Map<String, Object> row :
          RunningAtrium.database()
              .rows(
                  "select a.kind as account, e.kind as entry, sum(l.points) as points"
                      + " from journal_line l join journal_entry e on e.id = l.entry_id"
                      + " join ledger_account a on a.id = l.account_id"
                      + " where a.tenant_id = ? and e.recorded_at >= ? and e.recorded_at < ?"
                      + " group by a.kind, e.kind",
                  key.tenant().id(),
                  from,
                  to)) {
        moved
            .computeIfAbsent(key.tenant().code(), k -> new TreeMap<>())
            .put(
                row.get("account") + "/" + row.get("entry"),
                ((Number) row.get("points")).longValue());
      }
    }
    return moved;
  }

  /** A refund or a cancellation moves points without saying whose: read every member's balance. */
  private static void refreshBalances(Map<String, Long> balance) {
    for (String phone : balance.keySet()) {
      long b =
          RunningAtrium.database()
              .longValue(
                  "select coalesce(sum(l.points), 0) from journal_line l"
                      + " join ledger_account a on a.id = l.account_id"
                      + " join member m on m.id = a.member_id"
                      + " where a.kind = 'MEMBER' and m.phone = ?",
                  phone);
      balance.put(phone, b);
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
