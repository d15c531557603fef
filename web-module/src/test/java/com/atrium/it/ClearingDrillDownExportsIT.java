package com.atrium.it;

import static com.atrium.it.ClearingDisputesIT.json;
import static com.atrium.it.ClearingDisputesIT.login;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A statement line's drill-down as a file (docs/clearing.md, "Exports"), on a mall of this test's
 * own: two tenants (a sale, a payment with points), a postpaid partner with fees, a prepaid one
 * drawing its deposit, and parking paid by the operator and a tenant. Finance downloads every line
 * of every statement as CSV: each row is the API's drill-down item of that line, in order, and the
 * {@code TOTAL} row is the line's points, amount, minutes or memo; a point line, a fee line and a
 * parking line also as XLSX, read back with fastexcel's reader. A tenant's manager downloads its
 * own lines (the member as a masked card). Refusals are the drill-downs' own.
 */
@ExtendWith(RunningAtrium.class)
class ClearingDrillDownExportsIT {

  static final String RUNS = "/api/v1/operator/clearing/runs";
  static final String MERCHANT = "/api/v1/merchant/clearing/statements";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Test
  void everyLineDownloadsItsDrillDownSummingToTheLine() throws IOException {
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    String phone = PosSalesIT.randomPhone();
    PosClient tillA = PosClient.of(a);
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"明细导出\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    String receipt = "DX-" + Fixtures.unique();
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
            PosClient.of(b)
                .post(
                    "/api/v1/pos/point-payments",
                    "{\"phone\":\""
                        + phone
                        + "\",\"paymentReference\":\"DX-P-"
                        + Fixtures.unique()
                        + "\",\"billAmount\":100.00,\"points\":567}")
                .send()
                .status())
        .isEqualTo(201);
    ItDatabase db = RunningAtrium.database();
    long saleId = db.longValue("select id from sale where receipt_number = ?", receipt);

    ItPartner air = ItPartner.postpaid();
    ItPartner bank = ItPartner.create("PREPAID", new BigDecimal("1000.00"), 0, 0, 180);
    db.update("update partner set mall_id = ? where id in (?, ?)", mall.id(), air.id, bank.id);
    String ref = "M-" + Fixtures.unique();
    air.linkNewMember(ref);
    String bankRef = "B-" + Fixtures.unique();
    bank.linkNewMember(bankRef);
    String t = "DX" + Fixtures.unique();
    assertThat(air.in(t + "-1", ref, 20_000).status()).isEqualTo(201); // 2,000 points, fee 0.70
    assertThat(air.in(t + "-2", ref, 5_000).status()).isEqualTo(201); // 500, fee 0.55
    assertThat(bank.in(t + "-3", bankRef, 10_000).status()).isEqualTo(201); // 10.60 drawn
    String session = "DX-S-" + Fixtures.unique();
    long settlement =
        ItParkingCharges.settlement(
            mall.id(),
            session,
            Instant.now().minusSeconds(60),
            "SETTLED",
            ItParkingCharges.charge("OPERATOR", null, null, "TIER", "60.00", "10.00"),
            ItParkingCharges.charge("TENANT", a.tenant().id(), null, "SPEND", "40.00", "6.67"));
    ItParkingCharges.spendSale(settlement, saleId, a.tenant().id(), "1234.00");

    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    LocalDate day = LocalDate.now(ZONE);
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
    Map<String, Long> statements =
        json(started.body()).getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(
                Collectors.toMap(
                    s -> s.getString("party"), s -> s.getJsonNumber("id").longValue()));

    // every line of every statement: its CSV lists what its API drill-down lists, and totals it
    Map<String, Integer> downloaded = new TreeMap<>();
    for (Map.Entry<String, Long> s : statements.entrySet()) {
      List<JsonObject> lines = lines(finance, run, s.getValue());
      for (int i = 0; i < lines.size(); i++) {
        String how =
            checkCsv(finance, mall.code(), day, run, s.getKey(), s.getValue(), i + 1, lines.get(i));
        downloaded.merge(how, 1, Integer::sum);
      }
    }
    assertThat(downloaded)
        .containsEntry("settlements", 3)
        .containsEntry("refused", 2)
        .containsKey("movements")
        .containsKeys("entries", "exchanges");

    // the same as XLSX, figures as numbers: a point line, a fee line, a parking line
    long sa = statements.get(a.tenant().code());
    JsonObject issuance = lineOf(finance, run, sa, "ISSUANCE_CHARGE");
    List<JsonObject> entries = drillDown(finance, run, sa, issuance, "entries", "entryId");
    assertThat(entries)
        .extracting(e -> e.getString("reference"))
        .containsExactly("Sale " + receipt);
    List<Row> rows = xlsx(finance, run, sa, issuance, mall.code(), day, a.tenant().code());
    assertThat(itemIds(rows)).containsExactly(id(entries.get(0), "entryId"));
    assertThat(total(rows, 7)).isEqualByComparingTo(figure(issuance, "points"));

    long sair = statements.get(air.code);
    JsonObject fee = lineOf(finance, run, sair, "EXCHANGE_FEE");
    assertThat(figure(fee, "amount")).isEqualByComparingTo("-1.25");
    rows = xlsx(finance, run, sair, fee, mall.code(), day, air.code);
    assertThat(itemIds(rows))
        .containsExactlyElementsOf(
            drillDown(finance, run, sair, fee, "exchanges", "entryId").stream()
                .map(x -> id(x, "entryId"))
                .toList());
    assertThat(figuresOf(rows, "DX", 3, 6, 7, 8))
        .containsExactly(
            List.of(t + "-1", "0.70", "2000", "-0.70"), List.of(t + "-2", "0.55", "500", "-0.55"));
    assertThat(total(rows, 7)).isEqualByComparingTo("2500");
    assertThat(total(rows, 8)).isEqualByComparingTo("-1.25");

    JsonObject parking = lineOf(finance, run, sa, "PARKING_CHARGE");
    rows = xlsx(finance, run, sa, parking, mall.code(), day, a.tenant().code());
    assertThat(figuresOf(rows, "DX-S-", 2, 9, 12, 13))
        .containsExactly(List.of(session, "6.67", "-6.67", "40.00"));
    assertThat(total(rows, 12)).isEqualByComparingTo("-6.67");
    assertThat(total(rows, 13)).isEqualByComparingTo("40.00");
    assertThat(figure(parking, "amount")).isEqualByComparingTo("-6.67");

    // refused as the drill-downs are: a line of another statement; a manager is not finance
    long sb = statements.get(b.tenant().code());
    String foreign =
        run + "/statements/" + sa + "/lines/" + id(lines(finance, run, sb).get(0), "id");
    assertProblem(finance.download(foreign + "/drill-down.csv"), 404, "LINE_NOT_FOUND");
    assertProblem(finance.download(foreign + "/drill-down.xlsx"), 404, "LINE_NOT_FOUND");
    PortalClient managerA = login(Fixtures.manager(a.tenant().id()));
    String financeLine = run + "/statements/" + sa + "/lines/" + id(issuance, "id");
    assertThat(managerA.download(financeLine + "/drill-down.csv").status()).isEqualTo(403);

    // a HEAD renders the file and sends no body: the server (on this machine, the same temporary
    // folder) leaves no file behind, as after a download
    Set<Path> left = drillDownFiles();
    assertThat(finance.send("HEAD", financeLine + "/drill-down.csv", Map.of(), null).status())
        .isEqualTo(200);
    assertThat(drillDownFiles()).isEqualTo(left);

    Fixtures.assertLedgerBalanced();
  }

  /** The drill-down files in the temporary folder, as DrillDownExports names them. */
  private static Set<Path> drillDownFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("atrium-drill-down-"))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void aManagerDownloadsWhatItsDrillDownShows() throws IOException {
    ClearingDisputesIT.Review review = ClearingDisputesIT.draftOfTwoTenants();
    // parking of tenant a on the run's day (three days ago), then the draft computed again
    LocalDate day = LocalDate.now(ZONE).minusDays(3);
    long sale = RunningAtrium.database().nextId();
    String session = "DX-M-" + Fixtures.unique();
    long settlement =
        ItParkingCharges.settlement(
            review.mall().id(),
            session,
            day.atStartOfDay(ZONE).toInstant().plusSeconds(3 * 3600),
            "SETTLED",
            ItParkingCharges.charge(
                "TENANT", review.a().tenant().id(), null, "SPEND", "40.00", "6.67"));
    ItParkingCharges.spendSale(settlement, sale, review.a().tenant().id(), "200.00");
    PortalClient finance = review.starter();
    var recomputed = finance.postJson(review.run() + "/recomputation", "");
    assertThat(recomputed.status()).as(recomputed.body()).isEqualTo(200);
    Map<String, Long> statements =
        json(recomputed.body()).getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(
                Collectors.toMap(
                    s -> s.getString("party"), s -> s.getJsonNumber("id").longValue()));
    String codeA = review.a().tenant().code();
    long sa = statements.get(codeA);
    long sb = statements.get(review.b().tenant().code());
    JsonObject issuance = lineOf(finance, review.run(), sa, "ISSUANCE_CHARGE");
    JsonObject parking = lineOf(finance, review.run(), sa, "PARKING_CHARGE");
    PortalClient managerA = login(Fixtures.manager(review.a().tenant().id()));
    String mine = MERCHANT + "/" + sa + "/lines/" + id(issuance, "id") + "/drill-down.";
    // a draft may still be computed again: not the manager's yet
    assertProblem(managerA.download(mine + "csv"), 404, "STATEMENT_NOT_FOUND");
    review.submit();

    var csv = managerA.download(mine + "csv");
    assertThat(csv.status()).as(csv.text()).isEqualTo(200);
    String name =
        review.mall().code()
            + "-"
            + day
            + "-"
            + codeA
            + "-L"
            + number(finance, review.run(), sa, issuance);
    assertThat(csv.contentDisposition()).isEqualTo("attachment; filename=\"" + name + ".csv\"");
    assertThat(csv.headers().firstValue("Cache-Control")).contains("private, no-store");
    List<CSVRecord> records = csvRows(csv.body());
    assertThat(records.get(0).values())
        .contains("会员卡号 Member card")
        .doesNotContain("会员号 Member id");
    var own =
        managerA.get(MERCHANT + "/" + sa + "/lines/" + id(issuance, "id") + "/entries?limit=200");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    List<JsonObject> seen =
        json(own.body()).getJsonArray("entries").stream().map(v -> v.asJsonObject()).toList();
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).getString("memberCard")).contains("****");
    assertThat(records).hasSize(3);
    assertThat(Arrays.asList(records.get(1).values()))
        .containsExactly(
            review.mall().code(),
            day.toString(),
            codeA,
            String.valueOf(number(finance, review.run(), sa, issuance)),
            "ISSUANCE_CHARGE",
            records.get(1).get(5),
            id(seen.get(0), "entryId"),
            "EARN",
            local(seen.get(0).getString("bookedAt")),
            local(seen.get(0).getString("occurredAt")),
            seen.get(0).getString("memberCard"),
            seen.get(0).getString("reference"),
            "",
            id(seen.get(0), "points"),
            "",
            "",
            "");
    assertThat(Arrays.asList(records.get(2).values()).subList(4, 6))
        .containsExactly("TOTAL", "合计 Total");
    assertThat(records.get(2).get(13)).isEqualTo(id(issuance, "points"));
    var ownXlsx = managerA.download(mine + "xlsx");
    assertThat(ownXlsx.status()).isEqualTo(200);
    assertThat(ownXlsx.contentType()).startsWith(XLSX);
    assertThat(total(sheet(ownXlsx.body()), 7)).isEqualByComparingTo(figure(issuance, "points"));

    // its parking line: its own charge, what it pays
    List<CSVRecord> parked =
        csvRows(
            managerA
                .download(MERCHANT + "/" + sa + "/lines/" + id(parking, "id") + "/drill-down.csv")
                .body());
    assertThat(parked).hasSize(3);
    assertThat(parked.get(1).get(8)).isEqualTo(session);
    assertThat(parked.get(1).get(16)).isEqualTo("#" + sale + " 200.00");
    assertThat(Arrays.asList(parked.get(2).values()).subList(17, 21))
        .containsExactly("", "-6.67", "40.00", "");
    assertThat(figure(parking, "amount")).isEqualByComparingTo("-6.67");

    // another tenant's statement, another statement's line, finance's path
    String bLine = id(lines(finance, review.run(), sb).get(0), "id");
    assertProblem(
        managerA.download(MERCHANT + "/" + sb + "/lines/" + bLine + "/drill-down.csv"),
        404,
        "STATEMENT_NOT_FOUND");
    assertProblem(
        managerA.download(MERCHANT + "/" + sa + "/lines/" + bLine + "/drill-down.xlsx"),
        404,
        "LINE_NOT_FOUND");
    assertThat(
            managerA
                .download(
                    review.run()
                        + "/statements/"
                        + sa
                        + "/lines/"
                        + id(issuance, "id")
                        + "/drill-down.csv")
                .status())
        .isEqualTo(403);
  }

  /**
   * Downloads a line's drill-down as CSV and checks each row against the API's drill-down of the
   * line and the {@code TOTAL} row against the line; answers which drill-down it was.
   */
  private static String checkCsv(
      PortalClient finance,
      String mall,
      LocalDate day,
      String run,
      String party,
      long statement,
      int number,
      JsonObject line)
      throws IOException {
    String kind = line.getString("kind");
    String base = run + "/statements/" + statement + "/lines/" + id(line, "id");
    var answer = finance.download(base + "/drill-down.csv");
    String as = kind + " of " + party;
    if (kind.equals("DEPOSIT_OPENING") || kind.equals("DEPOSIT_CLOSING")) {
      assertProblem(answer, 404, "LINE_NOT_DEPOSIT_MOVEMENT");
      assertProblem(finance.download(base + "/drill-down.xlsx"), 404, "LINE_NOT_DEPOSIT_MOVEMENT");
      return "refused";
    }
    assertThat(answer.status()).as(as + " " + answer.text()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/csv");
    assertThat(answer.contentDisposition())
        .isEqualTo(
            "attachment; filename=\"" + mall + "-" + day + "-" + party + "-L" + number + ".csv\"");
    List<CSVRecord> rows = csvRows(answer.body());
    String how;
    List<List<String>> expected = new ArrayList<>();
    if (kind.startsWith("PARKING_")) {
      how = "settlements";
      boolean memo = kind.equals("PARKING_OPERATOR_COST");
      for (JsonObject c : drillDown(finance, run, statement, line, "settlements", "chargeId")) {
        BigDecimal amount = figure(c, "amount");
        expected.add(
            List.of(
                id(c, "chargeId"),
                id(c, "settlementId"),
                c.getString("sessionId"),
                c.getString("businessDay"),
                local(c.getString("settledAt")),
                c.getString("payerKind"),
                c.containsKey("partner")
                    ? c.getString("partner")
                    : c.containsKey("tenantId") ? id(c, "tenantId") : "",
                c.getString("reason"),
                c.containsKey("releasedAt") ? local(c.getString("releasedAt")) : "",
                amount.toPlainString(),
                c.getJsonArray("sales").stream()
                    .map(v -> v.asJsonObject())
                    .map(
                        x ->
                            (x.containsKey("receiptNumber")
                                    ? x.getString("receiptNumber")
                                    : "#" + id(x, "saleId"))
                                + " "
                                + figure(x, "amount").toPlainString())
                    .collect(Collectors.joining("; ")),
                "",
                memo ? "" : (party.equals("OPERATOR") ? amount : amount.negate()).toPlainString(),
                figure(c, "minutes").toPlainString(),
                memo ? amount.toPlainString() : ""));
      }
    } else if (kind.contains("EXCHANGE_FEE")) {
      how = "exchanges";
      for (JsonObject x : drillDown(finance, run, statement, line, "exchanges", "entryId")) {
        expected.add(
            List.of(
                id(x, "entryId"),
                local(x.getString("bookedAt")),
                x.getString("partner"),
                x.getString("partnerTxnId"),
                x.getString("direction"),
                x.containsKey("reversesEntryId") ? id(x, "reversesEntryId") : "",
                figure(x, "fee").toPlainString(),
                id(x, "points"),
                figure(x, "amount").toPlainString(),
                "",
                ""));
      }
    } else if (kind.startsWith("DEPOSIT_")) {
      how = "movements";
      for (JsonObject m : drillDown(finance, run, statement, line, "movements", "movementId")) {
        expected.add(
            List.of(
                id(m, "movementId"),
                local(m.getString("at")),
                m.getString("reason"),
                figure(m, "amount").toPlainString(),
                figure(m, "balanceAfter").toPlainString(),
                m.containsKey("reference") ? m.getString("reference") : "",
                m.containsKey("partnerTxnId") ? m.getString("partnerTxnId") : "",
                "",
                "",
                "",
                figure(m, "memo").toPlainString()));
      }
    } else {
      how = "entries";
      for (JsonObject e : drillDown(finance, run, statement, line, "entries", "entryId")) {
        expected.add(
            List.of(
                id(e, "entryId"),
                e.getString("kind"),
                local(e.getString("bookedAt")),
                local(e.getString("occurredAt")),
                e.containsKey("memberId") ? id(e, "memberId") : "",
                e.containsKey("reference") ? e.getString("reference") : "",
                e.containsKey("reversesEntryId") ? id(e, "reversesEntryId") : "",
                id(e, "points"),
                "",
                "",
                ""));
      }
    }
    assertThat(rows).as(as).hasSize(1 + expected.size() + 1);
    for (int i = 0; i < expected.size(); i++) {
      List<String> row = Arrays.asList(rows.get(1 + i).values());
      assertThat(row.subList(0, 5))
          .as(as)
          .containsExactly(mall, day.toString(), party, String.valueOf(number), kind);
      assertThat(row.subList(6, row.size())).as(as).containsExactlyElementsOf(expected.get(i));
    }
    // the total is the line's, in the figures the drill-down splits
    List<String> total = Arrays.asList(rows.get(rows.size() - 1).values());
    assertThat(total.get(4)).isEqualTo("TOTAL");
    List<String> figures = total.subList(total.size() - 4, total.size());
    switch (how) {
      case "entries" -> assertThat(figures).as(as).containsExactly(id(line, "points"), "", "", "");
      case "exchanges" -> {
        assertThat(figures.get(0)).as(as).isEqualTo(id(line, "points"));
        assertThat(new BigDecimal(figures.get(1)))
            .as(as)
            .isEqualByComparingTo(figure(line, "amount"));
      }
      case "movements" ->
          assertThat(new BigDecimal(figures.get(3)))
              .as(as)
              .isEqualByComparingTo(figure(line, "memo"));
      default -> {
        assertThat(new BigDecimal(figures.get(2)))
            .as(as)
            .isEqualByComparingTo(figure(line, "minutes"));
        assertThat(
                new BigDecimal(
                    kind.equals("PARKING_OPERATOR_COST") ? figures.get(3) : figures.get(1)))
            .as(as)
            .isEqualByComparingTo(
                figure(line, kind.equals("PARKING_OPERATOR_COST") ? "memo" : "amount"));
      }
    }
    return how;
  }

  /**
   * A line's drill-down as XLSX, its sheet's rows; named as its statement with the line's number.
   */
  private static List<Row> xlsx(
      PortalClient finance,
      String run,
      long statement,
      JsonObject line,
      String mall,
      LocalDate day,
      String party)
      throws IOException {
    var answer =
        finance.download(
            run + "/statements/" + statement + "/lines/" + id(line, "id") + "/drill-down.xlsx");
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith(XLSX);
    assertThat(answer.contentDisposition())
        .isEqualTo(
            "attachment; filename=\""
                + mall
                + "-"
                + day
                + "-"
                + party
                + "-L"
                + number(finance, run, statement, line)
                + ".xlsx\"");
    assertThat(answer.headers().firstValue("Cache-Control")).contains("private, no-store");
    return sheet(answer.body());
  }

  private static List<Row> sheet(byte[] xlsx) throws IOException {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return wb.getFirstSheet().read();
    }
  }

  /** The ids in the first column of the item rows (below the table's header, above TOTAL). */
  private static List<String> itemIds(List<Row> rows) {
    int header = headerRow(rows);
    return rows.stream()
        .filter(r -> r.getRowNum() - 1 > header && r.getCellCount() > 0)
        .filter(r -> !r.getCellText(0).startsWith("TOTAL"))
        .map(r -> r.getCellAsNumber(0).orElseThrow().toBigInteger().toString())
        .toList();
  }

  /** Of the item rows whose column {@code key} starts with a prefix: that column and figures. */
  private static List<List<String>> figuresOf(
      List<Row> rows, String prefix, int key, int... numbers) {
    List<List<String>> found = new ArrayList<>();
    for (Row r : rows) {
      if (r.getCellCount() > key && r.getCellText(key).startsWith(prefix)) {
        List<String> row = new ArrayList<>();
        row.add(r.getCellText(key));
        for (int c : numbers) {
          BigDecimal n = r.getCellAsNumber(c).orElseThrow();
          row.add(c == 7 && key == 3 ? n.toBigInteger().toString() : n.setScale(2).toPlainString());
        }
        found.add(row);
      }
    }
    return found;
  }

  private static BigDecimal total(List<Row> rows, int column) {
    return rows.stream()
        .filter(r -> r.getCellCount() > 0 && r.getCellText(0).startsWith("TOTAL"))
        .findFirst()
        .orElseThrow()
        .getCellAsNumber(column)
        .orElseThrow();
  }

  private static int headerRow(List<Row> rows) {
    return rows.stream()
            .filter(r -> r.getCellCount() > 0)
            .filter(r -> r.getCellText(0).matches(".*(Entry|Charge|Movement)$"))
            .findFirst()
            .orElseThrow()
            .getRowNum()
        - 1;
  }

  /** Every item of a line's API drill-down, by the keyset. */
  private static List<JsonObject> drillDown(
      PortalClient client, String run, long statement, JsonObject line, String items, String key) {
    String items2 = items.equals("settlements") ? "charges" : items;
    String path = run + "/statements/" + statement + "/lines/" + id(line, "id") + "/" + items;
    List<JsonObject> all = new ArrayList<>();
    long after = 0;
    while (true) {
      var answer = client.get(path + "?limit=200&after=" + after);
      assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
      var page = json(answer.body()).getJsonArray(items2);
      page.forEach(v -> all.add(v.asJsonObject()));
      if (page.size() < 200) {
        return all;
      }
      after = page.getJsonObject(page.size() - 1).getJsonNumber(key).longValue();
    }
  }

  private static List<JsonObject> lines(PortalClient finance, String run, long statement) {
    var page = finance.get(run + "/statements/" + statement + "/lines?limit=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("lines").stream().map(v -> v.asJsonObject()).toList();
  }

  private static JsonObject lineOf(PortalClient finance, String run, long statement, String kind) {
    return lines(finance, run, statement).stream()
        .filter(l -> l.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  /** The line's number on its statement, 1 for the first. */
  private static int number(PortalClient finance, String run, long statement, JsonObject line) {
    List<JsonObject> lines = lines(finance, run, statement);
    for (int i = 0; i < lines.size(); i++) {
      if (id(lines.get(i), "id").equals(id(line, "id"))) {
        return i + 1;
      }
    }
    throw new AssertionError("no line " + line);
  }

  private static String id(JsonObject o, String field) {
    return String.valueOf(o.getJsonNumber(field).longValue());
  }

  private static BigDecimal figure(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  private static String local(String instant) {
    return LOCAL.format(LocalDateTime.ofInstant(Instant.parse(instant), ZONE));
  }

  private static List<CSVRecord> csvRows(byte[] csv) throws IOException {
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return CSVFormat.RFC4180
        .parse(
            new InputStreamReader(
                new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
        .getRecords();
  }

  private static void assertProblem(PortalClient.Download answer, int status, String code) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(json(answer.text()).getString("code")).isEqualTo(code);
  }
}
