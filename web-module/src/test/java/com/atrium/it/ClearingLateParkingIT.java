package com.atrium.it;

import static com.atrium.it.ClearingDisputesIT.json;
import static com.atrium.it.ClearingDisputesIT.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A parking settlement released after its day was closed is given back in the day of its release
 * (docs/clearing.md, "Parking"), on a mall of this test's own: yesterday's run counts a settlement
 * charged to a tenant, a partner and the operator, and one released after yesterday ended (not one
 * released within it); it is submitted, approved by a second finance user and closed; the car park
 * releases the first through its API today. Today's run gives both back on {@code LATE_} lines
 * naming each settlement and its day, to the fen and the minute, beside today's own charge; the
 * operator mirrors them and gives back its own minutes on a memo; the run nets to zero, drills down
 * to exactly the charges given back and is computed again byte for byte; yesterday's closed run has
 * not changed.
 */
@ExtendWith(RunningAtrium.class)
class ClearingLateParkingIT {

  static final String RUNS = ClearingRunsIT.RUNS;
  static final ZoneId ZONE = ClearingRunsIT.ZONE;

  @Test
  void aSettlementReleasedAfterItsDayWasClosedIsGivenBackOnTheNextDayNamingIt() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    ItPartner air = ItPartner.postpaid();
    ItDatabase db = RunningAtrium.database();
    db.update("update partner set mall_id = ? where id = ?", mall.id(), air.id);
    LocalDate day = LocalDate.now(ZONE).minusDays(1);
    LocalDate today = day.plusDays(1);
    Instant evening = day.atTime(20, 0).atZone(ZONE).toInstant();

    // yesterday: a settlement charged to all three payers, one released within the day (counted
    // nowhere), and one released today before yesterday's run is computed (counted yesterday,
    // given back today, as if the run had been computed before the release)
    String s1 = "LP-" + Fixtures.unique();
    long one =
        ItParkingCharges.settlement(
            mall.id(),
            s1,
            evening,
            "SETTLED",
            ItParkingCharges.charge("OPERATOR", null, null, "TIER", "60.00", "10.00"),
            ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "40.00", "6.67"),
            ItParkingCharges.charge("PARTNER", null, air.code, "PARTNER", "30.00", "5.00"));
    ItParkingCharges.settlement(
        mall.id(),
        "LP-" + Fixtures.unique(),
        evening.plusSeconds(1800),
        "RELEASED",
        ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "20.00", "3.33"));
    String s4 = "LP-" + Fixtures.unique();
    long four =
        ItParkingCharges.settlement(
            mall.id(),
            s4,
            evening.plusSeconds(3600),
            "SETTLED",
            ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "10.00", "1.67"));
    assertThat(
            db.update(
                "update parking_settlement set state = 'RELEASED', released_at = ? where id = ?",
                Timestamp.from(Instant.now()),
                four))
        .isEqualTo(1);
    // today: a settlement of the day's own
    ItParkingCharges.settlement(
        mall.id(),
        "LP-" + Fixtures.unique(),
        Instant.now().minusSeconds(120),
        "SETTLED",
        ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "20.00", "3.33"));

    PortalClient starter = login(Fixtures.operator("OPERATOR_FINANCE"));
    PortalClient approver = login(Fixtures.operator("OPERATOR_FINANCE"));
    JsonObject first = start(starter, mall, day);
    String dayRun = RUNS + "/" + first.getJsonNumber("id");
    Map<String, JsonObject> dayStatements = ClearingRunsIT.byParty(first);
    assertThat(parking(starter, dayRun, dayStatements.get(a.tenant().code())))
        .containsExactly(tuple("PARKING_CHARGE", "-8.34", "50.00", null, 2L, null));
    assertThat(parking(starter, dayRun, dayStatements.get(air.code)))
        .containsExactly(tuple("PARKING_CHARGE", "-5.00", "30.00", null, 1L, null));
    assertThat(parking(starter, dayRun, dayStatements.get("OPERATOR")))
        .containsExactly(
            tuple("PARKING_CHARGE", "13.34", "80.00", null, 3L, null),
            tuple("PARKING_OPERATOR_COST", "0.00", "60.00", "10.00", 1L, null));
    assertThat(starter.postJson(dayRun + "/submission", "").status()).isEqualTo(200);
    assertThat(approver.postJson(dayRun + "/approval", "").status()).isEqualTo(200);
    assertThat(starter.postJson(dayRun + "/closing", "").status()).isEqualTo(200);
    String closed = ClearingRunsIT.canonical(starter, dayRun);

    // the car park releases the first settlement today through its API: the release is allowed
    // within 15 minutes of settling, so the settlement is moved to now for it and back after
    PosClient park = PosClient.of(carParkKey(mall));
    db.update(
        "update parking_settlement set settled_at = ? where id = ?",
        Timestamp.from(Instant.now().minusSeconds(60)),
        one);
    var released = park.post("/api/v1/parking/settlements/" + s1 + "/release", "").send();
    assertThat(released.status()).as(released.body()).isEqualTo(200);
    assertThat(released.json().getString("state")).isEqualTo("RELEASED");
    db.update(
        "update parking_settlement set settled_at = ? where id = ?", Timestamp.from(evening), one);
    assertThat(ClearingRunsIT.canonical(starter, dayRun)).isEqualTo(closed);

    JsonObject next = start(starter, mall, today);
    String nextRun = RUNS + "/" + next.getJsonNumber("id");
    Map<String, JsonObject> statements = ClearingRunsIT.byParty(next);
    assertThat(statements.keySet())
        .containsExactlyInAnyOrder(a.tenant().code(), air.code, "OPERATOR");
    String ref1 = "SETTLEMENT|" + one + "|Parking " + s1 + "|" + day;
    String ref4 = "SETTLEMENT|" + four + "|Parking " + s4 + "|" + day;
    assertThat(parking(starter, nextRun, statements.get(a.tenant().code())))
        .containsExactly(
            tuple("PARKING_CHARGE", "-3.33", "20.00", null, 1L, null),
            tuple("LATE_PARKING_CHARGE_RELEASED", "6.67", "-40.00", null, 1L, ref1),
            tuple("LATE_PARKING_CHARGE_RELEASED", "1.67", "-10.00", null, 1L, ref4));
    assertThat(parking(starter, nextRun, statements.get(air.code)))
        .containsExactly(tuple("LATE_PARKING_CHARGE_RELEASED", "5.00", "-30.00", null, 1L, ref1));
    assertThat(parking(starter, nextRun, statements.get("OPERATOR")))
        .containsExactly(
            tuple("PARKING_CHARGE", "3.33", "20.00", null, 1L, null),
            tuple("LATE_PARKING_CHARGE_RELEASED", "-13.34", "-80.00", null, 3L, null),
            tuple("LATE_PARKING_OPERATOR_COST_RELEASED", "0.00", "-60.00", "-10.00", 1L, ref1));
    assertThat(nets(statements))
        .containsEntry(a.tenant().code(), "5.01")
        .containsEntry(air.code, "5.00")
        .containsEntry("OPERATOR", "-10.01");
    assertThat(
            statements.values().stream()
                .map(s -> s.getJsonNumber("net").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("0.00");

    // each late line lists the charges it gives back, as charged, summing to it exactly
    for (JsonObject s : statements.values()) {
      for (JsonObject line : lines(starter, nextRun, s)) {
        if (!line.getString("kind").startsWith("LATE_")) {
          continue;
        }
        List<JsonObject> charges = charges(starter, nextRun, s, line);
        assertThat(charges).hasSize(line.getJsonNumber("entries").intValue() == 3 ? 3 : 1);
        assertThat(charges).allMatch(c -> c.containsKey("releasedAt"));
        BigDecimal minutes =
            charges.stream()
                .map(c -> c.getJsonNumber("minutes").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount =
            charges.stream()
                .map(c -> c.getJsonNumber("amount").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(minutes.negate())
            .isEqualByComparingTo(line.getJsonNumber("minutes").bigDecimalValue());
        BigDecimal cny =
            line.containsKey("memo")
                ? line.getJsonNumber("memo").bigDecimalValue()
                : line.getJsonNumber("amount").bigDecimalValue();
        assertThat(amount).isEqualByComparingTo(cny.abs());
      }
    }
    JsonObject tenantLate =
        lines(starter, nextRun, statements.get(a.tenant().code())).stream()
            .filter(l -> l.getString("kind").startsWith("LATE_"))
            .findFirst()
            .orElseThrow();
    assertThat(charges(starter, nextRun, statements.get(a.tenant().code()), tenantLate))
        .extracting(
            c -> c.getJsonNumber("settlementId").longValue(),
            c -> c.getString("sessionId"),
            c -> c.getString("businessDay"),
            c -> c.getJsonNumber("amount").bigDecimalValue().toPlainString())
        .containsExactly(tuple(one, s1, day.toString(), "6.67"));

    // reproducible: computed again, the same digest and lines; the closed day never changed
    String before = ClearingRunsIT.canonical(starter, nextRun);
    var again = starter.postJson(nextRun + "/recomputation", "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(json(again.body()).getString("digest")).isEqualTo(next.getString("digest"));
    assertThat(ClearingRunsIT.canonical(starter, nextRun)).isEqualTo(before);
    assertThat(ClearingRunsIT.canonical(starter, dayRun)).isEqualTo(closed);
  }

  private static Fixtures.MachineKey carParkKey(ClearingRunsIT.Mall mall) {
    String keyId = "car-park-" + Fixtures.unique().toLowerCase(Locale.ROOT);
    String secret = "it-secret-" + Fixtures.unique() + Fixtures.unique();
    RunningAtrium.database()
        .update(
            "insert into api_client (key_id, kind, mall_id, enabled, created_at)"
                + " values (?, 'CAR_PARK', ?, true, ?)",
            keyId,
            mall.id(),
            Instant.now());
    Fixtures.addSecret(keyId, 1, secret);
    return new Fixtures.MachineKey(keyId, secret, "CAR_PARK");
  }

  private static JsonObject start(PortalClient client, ClearingRunsIT.Mall mall, LocalDate day) {
    var started =
        client.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + day
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return json(started.body());
  }

  private static List<JsonObject> lines(PortalClient client, String run, JsonObject statement) {
    var page =
        client.get(run + "/statements/" + statement.getJsonNumber("id") + "/lines?limit=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream().map(v -> v.asJsonObject()).toList();
  }

  /** The parking lines: kind, amount, minutes, memo, settlements, and what they adjust. */
  private static List<org.assertj.core.groups.Tuple> parking(
      PortalClient client, String run, JsonObject statement) {
    return lines(client, run, statement).stream()
        .filter(l -> l.getString("kind").contains("PARKING_"))
        .map(
            l ->
                tuple(
                    l.getString("kind"),
                    l.getJsonNumber("amount").bigDecimalValue().toPlainString(),
                    l.getJsonNumber("minutes").bigDecimalValue().toPlainString(),
                    l.containsKey("memo")
                        ? l.getJsonNumber("memo").bigDecimalValue().toPlainString()
                        : null,
                    l.getJsonNumber("entries").longValue(),
                    l.containsKey("adjusts") ? adjusts(l.getJsonObject("adjusts")) : null))
        .toList();
  }

  private static String adjusts(JsonObject a) {
    return a.getString("source")
        + "|"
        + a.getJsonNumber("id").longValue()
        + "|"
        + a.getString("reference")
        + "|"
        + a.getString("periodStart", "");
  }

  private static Map<String, String> nets(Map<String, JsonObject> statements) {
    return statements.entrySet().stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey,
                e -> e.getValue().getJsonNumber("net").bigDecimalValue().toPlainString()));
  }

  /** Every page of a parking line's charges, one a page. */
  private static List<JsonObject> charges(
      PortalClient client, String run, JsonObject statement, JsonObject line) {
    List<JsonObject> all = new java.util.ArrayList<>();
    long after = 0;
    while (true) {
      var page =
          client.get(
              run
                  + "/statements/"
                  + statement.getJsonNumber("id")
                  + "/lines/"
                  + line.getJsonNumber("id")
                  + "/settlements?limit=1&after="
                  + after);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      List<JsonObject> got =
          json(page.body()).getJsonArray("charges").stream().map(v -> v.asJsonObject()).toList();
      if (got.isEmpty()) {
        return all;
      }
      all.addAll(got);
      after = got.get(got.size() - 1).getJsonNumber("chargeId").longValue();
    }
  }
}
