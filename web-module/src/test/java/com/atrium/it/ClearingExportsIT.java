package com.atrium.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A run's statements downloaded over HTTP as CSV, XLSX and PDF, and the run as one XLSX
 * (docs/clearing.md, "Exports"), on a mall of this test's own: each file opened with a reader, its
 * lines and net checked against the statement's JSON, and the run's workbook netting to zero; and a
 * tenant's manager downloading its own statement, the same files as finance's.
 */
@ExtendWith(RunningAtrium.class)
class ClearingExportsIT {

  static final String RUNS = "/api/v1/operator/clearing/runs";
  static final String MERCHANT = "/api/v1/merchant/clearing/statements";
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void everyStatementDownloadsAsCsvXlsxAndPdfWithTheNetOfItsJson() throws IOException {
    Instant testStart = Instant.now();
    ClearingRunsIT.Mall mall = ClearingRunsIT.newMall();
    Fixtures.PosKey a = mall.posKey();
    Fixtures.PosKey b = mall.posKey();
    String phone = PosSalesIT.randomPhone();
    PosClient tillA = PosClient.of(a);
    assertThat(
            tillA
                .post(
                    "/api/v1/pos/members",
                    "{\"phone\":\"" + phone + "\",\"name\":\"导出会员\",\"acceptTerms\":true}")
                .send()
                .status())
        .isEqualTo(201);
    var sale =
        tillA
            .post(
                "/api/v1/pos/sales",
                "{\"phone\":\""
                    + phone
                    + "\",\"receiptNumber\":\"EX-"
                    + Fixtures.unique()
                    + "\",\"amount\":1234.00}")
            .send();
    assertThat(sale.status()).as(sale.toString()).isEqualTo(201);
    var payment =
        PosClient.of(b)
            .post(
                "/api/v1/pos/point-payments",
                "{\"phone\":\""
                    + phone
                    + "\",\"paymentReference\":\"EX-P-"
                    + Fixtures.unique()
                    + "\",\"billAmount\":100.00,\"points\":567}")
            .send();
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    // as if booked two days ago (no clock to set), so that the day's run may be reviewed
    LocalDate day = LocalDate.now(ZONE).minusDays(2);
    long back =
        Duration.between(day.atStartOfDay(ZONE).toInstant().plusSeconds(7200), testStart)
            .toSeconds();
    assertThat(
            RunningAtrium.database()
                .update(
                    "update journal_entry set recorded_at = recorded_at - (? * interval '1 second')"
                        + " where id in (select l.entry_id from journal_line l join ledger_account"
                        + " c on c.id = l.account_id where c.tenant_id in (?, ?))",
                    back,
                    a.tenant().id(),
                    b.tenant().id()))
        .isEqualTo(2);

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
    JsonObject run = json(started.body());
    String one = RUNS + "/" + run.getJsonNumber("id");
    String prefix = mall.code() + "-" + day + "-";

    List<JsonObject> statements =
        run.getJsonArray("statements").stream().map(v -> v.asJsonObject()).toList();
    assertThat(statements).hasSize(3);
    for (JsonObject s : statements) {
      String party = s.getString("party");
      BigDecimal net = s.getJsonNumber("net").bigDecimalValue();
      List<JsonObject> lines =
          json(finance.get(one + "/statements/" + s.getJsonNumber("id") + "/lines").body())
              .getJsonArray("lines")
              .stream()
              .map(v -> v.asJsonObject())
              .toList();
      String base = one + "/statements/" + s.getJsonNumber("id") + "/export.";

      var csv = finance.download(base + "csv");
      assertThat(csv.status()).as(csv.text()).isEqualTo(200);
      assertThat(csv.contentType()).startsWith("text/csv");
      assertThat(csv.contentDisposition())
          .isEqualTo("attachment; filename=\"" + prefix + party + ".csv\"");
      assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
      List<CSVRecord> rows =
          CSVFormat.RFC4180
              .parse(
                  new InputStreamReader(
                      new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3),
                      StandardCharsets.UTF_8))
              .getRecords();
      assertThat(rows).hasSize(lines.size() + 2);
      for (int i = 0; i < lines.size(); i++) {
        CSVRecord row = rows.get(1 + i);
        assertThat(row.get(4)).isEqualTo(lines.get(i).getString("kind"));
        assertThat(Long.parseLong(row.get(8)))
            .isEqualTo(lines.get(i).getJsonNumber("points").longValue());
        assertThat(new BigDecimal(row.get(10)))
            .isEqualByComparingTo(lines.get(i).getJsonNumber("amount").bigDecimalValue());
      }
      CSVRecord netRow = rows.get(rows.size() - 1);
      assertThat(netRow.get(4)).isEqualTo("NET");
      assertThat(new BigDecimal(netRow.get(10))).isEqualByComparingTo(net);

      var xlsx = finance.download(base + "xlsx");
      assertThat(xlsx.status()).isEqualTo(200);
      assertThat(xlsx.contentType()).startsWith(XLSX);
      assertThat(xlsx.contentDisposition())
          .isEqualTo("attachment; filename=\"" + prefix + party + ".xlsx\"");
      try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        assertThat(netOf(wb.getFirstSheet())).isEqualByComparingTo(net);
      }

      var pdf = finance.download(base + "pdf");
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.contentType()).startsWith("application/pdf");
      assertThat(pdf.contentDisposition())
          .isEqualTo("attachment; filename=\"" + prefix + party + ".pdf\"");
      try (PDDocument doc = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(doc);
        assertThat(text)
            .contains("积分清算对账单 Points Clearing Statement")
            .contains("清算测试广场 Run mall (" + mall.code() + ")")
            .contains("草稿 Draft")
            .contains("Page 1 of " + doc.getNumberOfPages())
            .contains(run.getString("digest"));
        if (!party.equals("OPERATOR")) {
          assertThat(text).contains("清算店 Run store " + party + " (" + party + ")");
        }
        Matcher m = Pattern.compile("净额 Net\\s+(-?[\\d,]+\\.\\d{2})").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        assertThat(new BigDecimal(m.group(1).replace(",", ""))).isEqualByComparingTo(net);
      }
    }

    var workbook = finance.download(one + "/export.xlsx");
    assertThat(workbook.status()).isEqualTo(200);
    assertThat(workbook.contentType()).startsWith(XLSX);
    assertThat(workbook.contentDisposition())
        .isEqualTo("attachment; filename=\"" + mall.code() + "-" + day + ".xlsx\"");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook.body()))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets.stream().map(Sheet::getName))
          .containsExactly(
              "汇总 Summary",
              statements.get(0).getString("party"),
              statements.get(1).getString("party"),
              "OPERATOR");
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < statements.size(); i++) {
        BigDecimal net = netOf(sheets.get(i + 1));
        assertThat(net)
            .isEqualByComparingTo(statements.get(i).getJsonNumber("net").bigDecimalValue());
        total = total.add(net);
      }
      assertThat(total).isEqualByComparingTo("0.00");
      Row totalRow =
          sheets.get(0).read().stream()
              .filter(r -> r.getCellCount() > 0 && "合计 Total".equals(r.getCellText(0)))
              .findFirst()
              .orElseThrow();
      assertThat(totalRow.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("0.00");
    }

    // not a statement of this run; another mall's finance; a role without clearing
    assertProblem(finance.download(one + "/statements/1/export.pdf"), 404, "STATEMENT_NOT_FOUND");
    PortalClient elsewhere =
        login(Fixtures.mallOperator("OPERATOR_FINANCE", Fixtures.mallId("XH")));
    long statementId = statements.get(0).getJsonNumber("id").longValue();
    assertProblem(
        elsewhere.download(one + "/statements/" + statementId + "/export.csv"),
        404,
        "CLEARING_RUN_NOT_FOUND");
    assertProblem(elsewhere.download(one + "/export.xlsx"), 404, "CLEARING_RUN_NOT_FOUND");
    assertThat(
            login(Fixtures.operator("OPERATOR_MARKETING"))
                .download(one + "/statements/" + statementId + "/export.pdf")
                .status())
        .isEqualTo(403);
  }

  /**
   * A tenant's manager downloads its own statement as CSV, XLSX and PDF, the same files finance
   * downloads for it (the CSV byte for byte; the XLSX's net; the PDF's text but for the time it was
   * generated), once the run is in review; a draft's, another tenant's, the operator's and an
   * unknown statement are 404 as the statement itself is.
   */
  @Test
  void aManagerDownloadsItsOwnStatementAsFinanceDoes() throws IOException {
    ClearingDay data = ClearingDay.booked();
    PortalClient finance = login(Fixtures.operator("OPERATOR_FINANCE"));
    var started =
        finance.postJson(
            RUNS,
            "{\"mall\":\""
                + data.mall()
                + "\",\"periodKind\":\"DAY\",\"periodStart\":\""
                + data.day()
                + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    JsonObject run = json(started.body());
    String one = RUNS + "/" + run.getJsonNumber("id");
    Map<String, Long> ids =
        run.getJsonArray("statements").stream()
            .map(v -> v.asJsonObject())
            .collect(
                Collectors.toMap(
                    s -> s.getString("party"), s -> s.getJsonNumber("id").longValue()));
    long own = ids.get(data.a().code());
    String mine = MERCHANT + "/" + own + "/export.";
    PortalClient manager = login(Fixtures.manager(data.a().id()));

    // a draft may still be computed again: no manager's to download
    assertProblem(manager.download(mine + "pdf"), 404, "STATEMENT_NOT_FOUND");
    var submitted = finance.postJson(one + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

    // the statement's JSON and its files share the path and both answer
    assertThat(json(manager.get(MERCHANT + "/" + own).body()).getJsonNumber("net").toString())
        .isEqualTo("-6.78");
    String financeBase = one + "/statements/" + own + "/export.";
    String name = data.mall() + "-" + data.day() + "-" + data.a().code();

    var csv = manager.download(mine + "csv");
    assertThat(csv.status()).as(csv.text()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.contentDisposition()).isEqualTo("attachment; filename=\"" + name + ".csv\"");
    assertThat(csv.headers().firstValue("Cache-Control")).contains("private, no-store");
    assertThat(csv.body()).isEqualTo(finance.download(financeBase + "csv").body());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .parse(
                new InputStreamReader(
                    new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3),
                    StandardCharsets.UTF_8))
            .getRecords();
    assertThat(
            rows.subList(1, rows.size()).stream().map(r -> List.of(r.get(4), r.get(8), r.get(10))))
        .containsExactly(
            List.of("ISSUANCE_CHARGE", "1234", "-13.57"),
            List.of("ISSUANCE_REVERSED", "617", "6.79"),
            List.of("NET", "", "-6.78"));

    var xlsx = manager.download(mine + "xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(xlsx.contentType()).startsWith(XLSX);
    assertThat(xlsx.contentDisposition()).isEqualTo("attachment; filename=\"" + name + ".xlsx\"");
    try (ReadableWorkbook mineWb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()));
        ReadableWorkbook theirs =
            new ReadableWorkbook(
                new ByteArrayInputStream(finance.download(financeBase + "xlsx").body()))) {
      assertThat(netOf(mineWb.getFirstSheet())).isEqualByComparingTo("-6.78");
      assertThat(netOf(theirs.getFirstSheet())).isEqualByComparingTo("-6.78");
      assertThat(mineWb.getFirstSheet().getName()).isEqualTo(data.a().code());
    }

    var pdf = manager.download(mine + "pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.contentDisposition()).isEqualTo("attachment; filename=\"" + name + ".pdf\"");
    String text = pdfText(pdf.body());
    assertThat(text)
        .contains("审核中 In review")
        .contains(data.a().name() + " (" + data.a().code() + ")")
        .contains(run.getString("digest"));
    Matcher net = Pattern.compile("净额 Net\\s+(-?[\\d,]+\\.\\d{2})").matcher(text);
    assertThat(net.find()).as(text).isTrue();
    assertThat(net.group(1)).isEqualTo("-6.78");
    assertThat(withoutGenerationTime(text))
        .isEqualTo(withoutGenerationTime(pdfText(finance.download(financeBase + "pdf").body())));

    // another tenant's, the operator's, an unknown statement: as the statement itself, 404
    for (String format : new String[] {"csv", "xlsx", "pdf"}) {
      assertProblem(
          manager.download(MERCHANT + "/" + ids.get(data.b().code()) + "/export." + format),
          404,
          "STATEMENT_NOT_FOUND");
    }
    assertProblem(
        manager.download(MERCHANT + "/" + ids.get("OPERATOR") + "/export.pdf"),
        404,
        "STATEMENT_NOT_FOUND");
    assertProblem(manager.download(MERCHANT + "/0/export.csv"), 404, "STATEMENT_NOT_FOUND");
    // finance downloads through its own API: the managers' is not its
    assertThat(finance.download(mine + "csv").status()).isEqualTo(403);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The PDF's text with the minute it was generated blanked: two downloads differ only there. */
  private static String withoutGenerationTime(String text) {
    return text.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(Asia/Shanghai\\)", "…");
  }

  /** The figure on the row a statement's sheet closes with, {@code NET}. */
  private static BigDecimal netOf(Sheet sheet) throws IOException {
    return sheet.read().stream()
        .filter(r -> r.getCellCount() > 6 && "NET".equals(r.getCellText(1)))
        .findFirst()
        .orElseThrow()
        .getCellAsNumber(6)
        .orElseThrow();
  }

  private static void assertProblem(PortalClient.Download answer, int status, String code) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(json(answer.text()).getString("code")).isEqualTo(code);
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
