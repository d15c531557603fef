package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Partner statements and parking lines in clearing (docs/clearing.md, "Partners" and "Parking"): a
 * postpaid partner's exchanges in and out through the partner API (one reversed, one rejected), a
 * prepaid partner's exchange in drawing its deposit, and a car park's settlement whose free minutes
 * the operator (tier) and two tenants (spend, pro rata) pay, and a partner's rights; the draft has
 * every partner, tenant and operator line to the fen and nets to zero. A partner of a mall of its
 * own is kept in that mall's run as a PARTNER statement.
 */
@ExtendWith(RunningAtrium.class)
class ClearingPartnersIT {

  static final String DRAFTS = "/api/v1/operator/clearing/drafts";
  static final String RUNS = "/api/v1/operator/clearing/runs";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void partnersAndParkingAreClearedToTheFenAndTheRunNetsToZero() {
    Instant start = Instant.now();
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));

    // the group-wide partners (ItPartner makes them) are cleared in the group's first mall, XH
    ItPartner air = ItPartner.postpaid();
    ItPartner bank = ItPartner.create("PREPAID", new BigDecimal("1000.00"), 0, 0, 180);
    String ref = "M-" + Fixtures.unique();
    air.linkNewMember(ref);
    String bankRef = "B-" + Fixtures.unique();
    bank.linkNewMember(bankRef);
    String t = "CP" + Fixtures.unique();
    // 20,000 units → 2,000 points (value 20.00, fee 0.50 + 1 % = 0.70)
    assertThat(air.in(t + "-1", ref, 20_000).status()).isEqualTo(201);
    // 5,000 units → 500 points (5.00, fee 0.55), reversed
    assertThat(air.in(t + "-2", ref, 5_000).status()).isEqualTo(201);
    assertThat(air.act(t + "-2", "reversal").status()).isEqualTo(200);
    // 1,000 points out (10.00, fee 0.60) confirmed; 300 out (3.00, fee 0.53) rejected
    assertThat(air.out(t + "-3", ref, 1_000).status()).isEqualTo(201);
    assertThat(air.act(t + "-3", "confirmation").status()).isEqualTo(200);
    assertThat(air.out(t + "-4", ref, 300).status()).isEqualTo(201);
    assertThat(air.act(t + "-4", "rejection").status()).isEqualTo(200);
    // prepaid: 10,000 units → 1,000 points, 10.00 + fee 0.60 drawn from the deposit
    assertThat(bank.in(t + "-5", bankRef, 10_000).status()).isEqualTo(201);
    assertThat(bank.deposit()).isEqualByComparingTo("989.40");

    // a member parks at XH after 300.00 at FB001 and FB003: 60 tier and 60 spend minutes
    String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000));
    String digits = String.format("%05d", (long) (Math.random() * 100_000));
    String plate = "苏F" + digits;
    assertThat(
            PosClient.demo("FB001")
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"清算停车\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long member = db.longValue("select id from member where phone = ?", phone);
    ItPlates.bind(member, plate, "苏F·***" + digits.substring(3));
    ParkingIT.sale("FB001", phone, "200.00");
    ParkingIT.sale("FB003", phone, "100.00");
    Instant exit = Instant.now().plus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
    Instant entry = exit.minus(300, ChronoUnit.MINUTES);
    String session = "CP-" + Fixtures.unique();
    var settled =
        ParkingIT.XH
            .post(
                "/api/v1/parking/settlements",
                ParkingIT.settlementBody(session, plate, entry, exit, 2500, 120, 1000, 0))
            .send();
    assertThat(settled.status()).as(settled.toString()).isEqualTo(201);
    long settlement = settled.json().getJsonNumber("receiptId").longValue();
    // the airline's rights gave 30 more minutes on that settlement (as partner rights record
    // them: a PARTNER charge of the partner's code)
    db.update(
        "insert into parking_charge (id, settlement_id, mall_id, business_day, payer_kind,"
            + " tenant_id, partner_code, reason, minutes, amount)"
            + " select ?, s.id, s.mall_id, s.business_day, 'PARTNER', null, ?, 'PARTNER', 30.00,"
            + " 5.00 from parking_settlement s where s.id = ?",
        db.nextId(),
        air.code,
        settlement);
    Instant end = Instant.now().plusSeconds(1);

    var answer = finance.get(DRAFTS + "?mall=XH&from=" + start + "&to=" + end);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject draft = json(answer.body());
    Map<String, JsonObject> statements =
        draft.getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(Collectors.toMap(s -> s.getString("party"), s -> s));

    // 2,500 in × 0.0100 = 25.00; 500 reversed; 1,300 out; 300 rejected; fees 0.70 + 0.55 in,
    // 0.60 + 0.53 out, given back 0.55 and 0.53
    assertThat(lines(statements.get(air.code)))
        .containsExactly(
            tuple("EXCHANGE_IN_CHARGE", 2500L, "0.01", "-25.00", null, null),
            tuple("EXCHANGE_IN_REVERSED", 500L, "0.01", "5.00", null, null),
            tuple("EXCHANGE_OUT_REIMBURSEMENT", 1300L, "0.01", "13.00", null, null),
            tuple("EXCHANGE_OUT_REVERSED", 300L, "0.01", "-3.00", null, null),
            tuple("EXCHANGE_FEE", 2500L, null, "-1.25", null, null),
            tuple("EXCHANGE_FEE", 1300L, null, "-1.13", null, null),
            tuple("EXCHANGE_FEE_RETURNED", 500L, null, "0.55", null, null),
            tuple("EXCHANGE_FEE_RETURNED", 300L, null, "0.53", null, null),
            tuple("PARKING_CHARGE", 0L, null, "-5.00", "30.00", null));
    assertThat(net(statements.get(air.code))).isEqualByComparingTo("-16.30");
    assertThat(lines(statements.get(bank.code)))
        .containsExactly(
            tuple("EXCHANGE_IN_FROM_DEPOSIT", 1000L, "0.01", "0.00", null, null),
            tuple("EXCHANGE_FEE_FROM_DEPOSIT", 1000L, null, "0.00", null, null),
            tuple("DEPOSIT_OPENING", 0L, null, "0.00", null, "1000.00"),
            tuple("DEPOSIT_TOPPED_UP", 0L, null, "0.00", null, "0.00"),
            tuple("DEPOSIT_DRAWN", 0L, null, "0.00", null, "10.60"),
            tuple("DEPOSIT_RETURNED", 0L, null, "0.00", null, "0.00"),
            tuple("DEPOSIT_CLOSING", 0L, null, "0.00", null, "989.40"));
    assertThat(net(statements.get(bank.code))).isEqualByComparingTo("0.00");

    // the spend hour (10.00) pro rata to 200.00 and 100.00 of sales: 6.67 and 3.33
    assertThat(parkingLines(statements.get("FB001")))
        .containsExactly(tuple("PARKING_CHARGE", 0L, null, "-6.67", "40.00", null));
    assertThat(parkingLines(statements.get("FB003")))
        .containsExactly(tuple("PARKING_CHARGE", 0L, null, "-3.33", "20.00", null));

    // the operator: the negated sums, and its own tier hour as a memo (10.00, amount 0.00)
    JsonObject operator = statements.get("OPERATOR");
    assertThat(
            lines(operator).stream()
                .filter(
                    l -> {
                      String kind = (String) l.toList().get(0);
                      return kind.startsWith("EXCHANGE_") || kind.startsWith("PARKING_");
                    })
                .toList())
        .containsExactly(
            tuple("EXCHANGE_IN_CHARGE", 2500L, null, "25.00", null, null),
            tuple("EXCHANGE_IN_REVERSED", 500L, null, "-5.00", null, null),
            tuple("EXCHANGE_IN_FROM_DEPOSIT", 1000L, null, "0.00", null, null),
            tuple("EXCHANGE_OUT_REIMBURSEMENT", 1300L, null, "-13.00", null, null),
            tuple("EXCHANGE_OUT_REVERSED", 300L, null, "3.00", null, null),
            tuple("EXCHANGE_FEE", 3800L, null, "2.38", null, null),
            tuple("EXCHANGE_FEE_RETURNED", 800L, null, "-1.08", null, null),
            tuple("EXCHANGE_FEE_FROM_DEPOSIT", 1000L, null, "0.00", null, null),
            tuple("PARKING_CHARGE", 0L, null, "15.00", "90.00", null),
            tuple("PARKING_OPERATOR_COST", 0L, null, "0.00", "60.00", "10.00"));
    assertThat(lines(operator)).noneMatch(l -> ((String) l.toList().get(0)).startsWith("DEPOSIT_"));
    BigDecimal total =
        statements.values().stream()
            .map(ClearingPartnersIT::net)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("0.00");
    List<String> order =
        draft.getJsonArray("statements").stream()
            .map(v -> v.asJsonObject().getString("party"))
            .toList();
    assertThat(order.get(order.size() - 1)).isEqualTo("OPERATOR");
    assertThat(order.indexOf(air.code)).isGreaterThan(order.indexOf("FB003"));
    // the same data gives the same draft
    assertThat(finance.get(DRAFTS + "?mall=XH&from=" + start + "&to=" + end).body())
        .isEqualTo(answer.body());
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void aMallsOwnPartnerIsAPartnerStatementOfThatMallsRunAndNotOfTheGroupMall() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    ItPartner partner = ItPartner.postpaid();
    RunningAtrium.database()
        .update("update partner set mall_id = ? where id = ?", mall.id(), partner.id);
    String ref = "R-" + Fixtures.unique();
    partner.linkNewMember(ref);
    Instant start = Instant.now();
    // 12,345 units → 1,234 points: 12.34, fee 0.50 + 0.12 = 0.62
    assertThat(partner.in("RN-" + Fixtures.unique(), ref, 12_345).status()).isEqualTo(201);
    Instant end = Instant.now().plusSeconds(1);
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));

    var xh = json(finance.get(DRAFTS + "?mall=XH&from=" + start + "&to=" + end).body());
    assertThat(xh.getJsonArray("statements").stream().map(v -> v.asJsonObject().getString("party")))
        .doesNotContain(partner.code);

    var started =
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + mall.code()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + LocalDate.now(ZONE)
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = json(started.body());
    assertThat(run.getJsonArray("statements").stream().map(v -> v.asJsonObject()))
        .extracting(
            s -> s.getString("party"),
            s -> s.getString("partyKind"),
            s -> s.getJsonNumber("net").bigDecimalValue().toPlainString())
        .containsExactly(
            tuple(partner.code, "PARTNER", "-12.96"), tuple("OPERATOR", "OPERATOR", "12.96"));
    JsonObject stored = run.getJsonArray("statements").getJsonObject(0);
    var page =
        finance.get(
            RUNS
                + "/"
                + run.getJsonNumber("id")
                + "/statements/"
                + stored.getJsonNumber("id")
                + "/lines");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(lines(json(page.body())))
        .containsExactly(
            tuple("EXCHANGE_IN_CHARGE", 1234L, "0.01", "-12.34", null, null),
            tuple("EXCHANGE_FEE", 1234L, null, "-0.62", null, null));
    // the charge drills down to the exchange's GRANT entry, its points the line's
    JsonObject charge = json(page.body()).getJsonArray("lines").getJsonObject(0);
    var drill =
        finance.get(
            RUNS
                + "/"
                + run.getJsonNumber("id")
                + "/statements/"
                + stored.getJsonNumber("id")
                + "/lines/"
                + charge.getJsonNumber("id")
                + "/entries");
    assertThat(drill.status()).as(drill.body()).isEqualTo(200);
    JsonObject entries = json(drill.body());
    assertThat(entries.getInt("total")).isEqualTo(1);
    JsonObject entry = entries.getJsonArray("entries").getJsonObject(0);
    assertThat(entry.getString("kind")).isEqualTo("GRANT");
    assertThat(entry.getJsonNumber("points").longValue()).isEqualTo(1234);
    assertThat(entry.getString("reference")).startsWith("Exchange IN " + partner.code + " RN-");
    // the fee line lists the same exchange (its value line's direction and cost), to its points
    JsonObject fee = json(page.body()).getJsonArray("lines").getJsonObject(1);
    var feeDrill =
        finance.get(
            RUNS
                + "/"
                + run.getJsonNumber("id")
                + "/statements/"
                + stored.getJsonNumber("id")
                + "/lines/"
                + fee.getJsonNumber("id")
                + "/entries");
    assertThat(feeDrill.status()).as(feeDrill.body()).isEqualTo(200);
    JsonObject feeEntries = json(feeDrill.body());
    assertThat(feeEntries.getInt("total")).isEqualTo(1);
    assertThat(feeEntries.getJsonArray("entries").stream().map(v -> v.asJsonObject()))
        .extracting(
            e -> e.getJsonNumber("entryId").longValue(),
            e -> e.getString("kind"),
            e -> e.getJsonNumber("points").longValue())
        .containsExactly(tuple(entry.getJsonNumber("entryId").longValue(), "GRANT", 1234L));
    assertThat(
            RunningAtrium.database()
                .longValue(
                    "select party_id from clearing_statement where id = ?",
                    stored.getJsonNumber("id").longValue()))
        .isEqualTo(partner.id);
    Fixtures.assertLedgerBalanced();
  }

  @Test
  void parkingLinesDrillDownToTheirChargesSessionsAndSalesSummingToTheLine() {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.TenantRow a = mall.posKey().tenant();
    Fixtures.TenantRow b = mall.posKey().tenant();
    ItPartner air = ItPartner.postpaid();
    Instant at = Instant.now().minusSeconds(60);
    LocalDate day = LocalDate.now(ZONE);
    long saleA = RunningAtrium.database().nextId();
    long saleB = RunningAtrium.database().nextId();
    String s1 = "PD-" + Fixtures.unique();
    String s2 = "PD-" + Fixtures.unique();
    // one settlement: the operator's tier hour, a spend hour split 200.00 : 100.00 over a and b
    long one =
        ItParkingCharges.settlement(
            mall.id(),
            s1,
            at,
            "SETTLED",
            ItParkingCharges.charge("OPERATOR", null, null, "TIER", "60.00", "10.00"),
            ItParkingCharges.charge("TENANT", a.id(), null, "SPEND", "40.00", "6.67"),
            ItParkingCharges.charge("TENANT", b.id(), null, "SPEND", "20.00", "3.33"));
    ItParkingCharges.spendSale(one, saleA, a.id(), "200.00");
    ItParkingCharges.spendSale(one, saleB, b.id(), "100.00");
    // another: the partner's rights' half hour; a released one counts nowhere
    long two =
        ItParkingCharges.settlement(
            mall.id(),
            s2,
            at,
            "SETTLED",
            ItParkingCharges.charge("PARTNER", null, air.code, "PARTNER", "30.00", "5.00"));
    ItParkingCharges.settlement(
        mall.id(),
        "PD-" + Fixtures.unique(),
        at,
        "RELEASED",
        ItParkingCharges.charge("TENANT", a.id(), null, "SPEND", "60.00", "10.00"));

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
    assertThat(ids.keySet()).containsExactlyInAnyOrder(a.code(), b.code(), air.code, "OPERATOR");

    // a tenant's line: its own spend charge, the session and the sale that unlocked it
    assertThat(drill(finance, run, ids.get(a.code()), "PARKING_CHARGE", 50))
        .containsExactly(
            tuple(
                one,
                s1,
                day.toString(),
                "TENANT",
                a.id() + "",
                "SPEND",
                "40.00",
                "6.67",
                List.of(tuple(saleA, a.id(), "200.00"))));
    assertThat(drill(finance, run, ids.get(b.code()), "PARKING_CHARGE", 50))
        .containsExactly(
            tuple(
                one,
                s1,
                day.toString(),
                "TENANT",
                b.id() + "",
                "SPEND",
                "20.00",
                "3.33",
                List.of(tuple(saleB, b.id(), "100.00"))));
    assertThat(drill(finance, run, ids.get(air.code), "PARKING_CHARGE", 50))
        .containsExactly(
            tuple(
                two,
                s2,
                day.toString(),
                "PARTNER",
                air.code,
                "PARTNER",
                "30.00",
                "5.00",
                List.of()));
    // the operator's sum: every tenant's and partner's charge, paged by the keyset (2 + 1)
    assertThat(drill(finance, run, ids.get("OPERATOR"), "PARKING_CHARGE", 2))
        .containsExactly(
            tuple(
                one,
                s1,
                day.toString(),
                "TENANT",
                a.id() + "",
                "SPEND",
                "40.00",
                "6.67",
                List.of(tuple(saleA, a.id(), "200.00"))),
            tuple(
                one,
                s1,
                day.toString(),
                "TENANT",
                b.id() + "",
                "SPEND",
                "20.00",
                "3.33",
                List.of(tuple(saleB, b.id(), "100.00"))),
            tuple(
                two,
                s2,
                day.toString(),
                "PARTNER",
                air.code,
                "PARTNER",
                "30.00",
                "5.00",
                List.of()));
    // its memo: the tier hour it bears itself
    assertThat(drill(finance, run, ids.get("OPERATOR"), "PARKING_OPERATOR_COST", 50))
        .containsExactly(
            tuple(one, s1, day.toString(), "OPERATOR", null, "TIER", "60.00", "10.00", List.of()));

    // the exports show a parking line's minutes and a memo line's CNY (last two columns)
    exportsShowMinutesAndMemo(finance, run, ids.get(a.code()), "PARKING_CHARGE", "40.00", "");
    exportsShowMinutesAndMemo(
        finance, run, ids.get("OPERATOR"), "PARKING_OPERATOR_COST", "60.00", "10.00");

    // another line kind, and bad paging, are refused
    long statement = ids.get(a.code());
    long lineId = lineOf(finance, run, statement, "PARKING_CHARGE").getJsonNumber("id").longValue();
    String base = run + "/statements/" + statement + "/lines/";
    assertThat(finance.get(base + lineId + "/settlements?limit=0").body())
        .contains("LIMIT_INVALID");
    assertThat(finance.get(base + lineId + "/settlements?after=-1").body())
        .contains("AFTER_INVALID");
    var other = finance.get(base + "0/settlements");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body()).contains("LINE_NOT_FOUND");
    Fixtures.assertLedgerBalanced();
  }

  /**
   * The statement's CSV, XLSX and PDF hold the line of a kind with its {@code minutes} and {@code
   * memo} ("" for none), under bilingual headers.
   */
  private static void exportsShowMinutesAndMemo(
      PortalClient finance, String run, long statement, String kind, String minutes, String memo) {
    String base = run + "/statements/" + statement + "/export.";
    try {
      var csv = finance.download(base + "csv");
      assertThat(csv.status()).isEqualTo(200);
      List<org.apache.commons.csv.CSVRecord> rows =
          org.apache.commons.csv.CSVFormat.RFC4180
              .parse(
                  new java.io.InputStreamReader(
                      new java.io.ByteArrayInputStream(csv.body(), 3, csv.body().length - 3),
                      java.nio.charset.StandardCharsets.UTF_8))
              .getRecords();
      assertThat(rows.get(0).get(11)).isEqualTo("停车分钟 Parking minutes");
      assertThat(rows.get(0).get(12)).isEqualTo("备注金额 Memo (CNY)");
      assertThat(
              rows.stream()
                  .filter(r -> r.get(4).equals(kind))
                  .map(r -> List.of(r.get(11), r.get(12))))
          .containsExactly(List.of(minutes, memo));

      var xlsx = finance.download(base + "xlsx");
      assertThat(xlsx.status()).isEqualTo(200);
      try (var wb =
          new org.dhatim.fastexcel.reader.ReadableWorkbook(
              new java.io.ByteArrayInputStream(xlsx.body()))) {
        List<org.dhatim.fastexcel.reader.Row> sheet = wb.getFirstSheet().read();
        assertThat(sheet)
            .anyMatch(
                r ->
                    r.getCellCount() > 8
                        && "停车分钟 Parking minutes".equals(r.getCellText(7))
                        && "备注金额 Memo (CNY)".equals(r.getCellText(8)));
        var line =
            sheet.stream()
                .filter(r -> r.getCellCount() > 6 && kind.equals(r.getCellText(1)))
                .findFirst()
                .orElseThrow();
        assertThat(line.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo(minutes);
        if (memo.isEmpty()) {
          assertThat(line.getCellCount() > 8 ? line.getCellText(8) : "").isEmpty();
        } else {
          assertThat(line.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo(memo);
        }
      }

      var pdf = finance.download(base + "pdf");
      assertThat(pdf.status()).isEqualTo(200);
      try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
        String text =
            new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertThat(text).contains("Parking minutes").contains("Memo (CNY)");
        // the line's amount, then its minutes and memo
        assertThat(text).contains(" " + minutes + (memo.isEmpty() ? "" : " " + memo) + " ");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The whole drill-down of the statement's line of a kind, page by page ({@code limit} a page),
   * checked to sum exactly to the line's minutes and to its amount (negated) or memo.
   */
  private static List<org.assertj.core.groups.Tuple> drill(
      PortalClient finance, String run, long statement, String kind, int limit) {
    JsonObject line = lineOf(finance, run, statement, kind);
    List<org.assertj.core.groups.Tuple> rows = new java.util.ArrayList<>();
    BigDecimal minutes = BigDecimal.ZERO;
    BigDecimal amount = BigDecimal.ZERO;
    long after = 0;
    while (true) {
      var answer =
          finance.get(
              run
                  + "/statements/"
                  + statement
                  + "/lines/"
                  + line.getJsonNumber("id")
                  + "/settlements?limit="
                  + limit
                  + "&after="
                  + after);
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      JsonObject page = json(answer.body());
      assertThat(page.getJsonNumber("settlements").longValue())
          .isEqualTo(line.getJsonNumber("entries").longValue());
      var charges = page.getJsonArray("charges");
      for (var v : charges) {
        JsonObject c = v.asJsonObject();
        minutes = minutes.add(c.getJsonNumber("minutes").bigDecimalValue());
        amount = amount.add(c.getJsonNumber("amount").bigDecimalValue());
        rows.add(
            tuple(
                c.getJsonNumber("settlementId").longValue(),
                c.getString("sessionId"),
                c.getString("businessDay"),
                c.getString("payerKind"),
                c.containsKey("tenantId")
                    ? c.getJsonNumber("tenantId").toString()
                    : c.containsKey("partner") ? c.getString("partner") : null,
                c.getString("reason"),
                c.getJsonNumber("minutes").bigDecimalValue().setScale(2).toPlainString(),
                c.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(),
                c.getJsonArray("sales").stream()
                    .map(x -> x.asJsonObject())
                    .map(
                        x ->
                            tuple(
                                x.getJsonNumber("saleId").longValue(),
                                x.getJsonNumber("tenantId").longValue(),
                                x.getJsonNumber("amount")
                                    .bigDecimalValue()
                                    .setScale(2)
                                    .toPlainString()))
                    .toList()));
        after = c.getJsonNumber("chargeId").longValue();
      }
      if (charges.size() < limit) {
        break;
      }
    }
    assertThat(minutes).isEqualByComparingTo(line.getJsonNumber("minutes").bigDecimalValue());
    assertThat(amount)
        .isEqualByComparingTo(
            kind.equals("PARKING_OPERATOR_COST")
                ? line.getJsonNumber("memo").bigDecimalValue()
                : line.getJsonNumber("amount").bigDecimalValue().negate().abs());
    return rows;
  }

  private static JsonObject lineOf(PortalClient finance, String run, long statement, String kind) {
    var page = finance.get(run + "/statements/" + statement + "/lines?limit=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream()
        .map(v -> v.asJsonObject())
        .filter(l -> l.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static List<org.assertj.core.groups.Tuple> parkingLines(JsonObject statement) {
    return lines(statement).stream()
        .filter(l -> ((String) l.toList().get(0)).startsWith("PARKING_"))
        .toList();
  }

  private static List<org.assertj.core.groups.Tuple> lines(JsonObject statement) {
    return statement.getJsonArray("lines").stream()
        .map(v -> v.asJsonObject())
        .map(
            l ->
                tuple(
                    l.getString("kind"),
                    l.getJsonNumber("points").longValue(),
                    l.containsKey("rate")
                        ? l.getJsonNumber("rate")
                            .bigDecimalValue()
                            .stripTrailingZeros()
                            .toPlainString()
                        : null,
                    l.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(),
                    l.containsKey("minutes")
                        ? l.getJsonNumber("minutes").bigDecimalValue().setScale(2).toPlainString()
                        : null,
                    l.containsKey("memo")
                        ? l.getJsonNumber("memo").bigDecimalValue().setScale(2).toPlainString()
                        : null))
        .toList();
  }

  private static BigDecimal net(JsonObject statement) {
    return statement.getJsonNumber("net").bigDecimalValue();
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
