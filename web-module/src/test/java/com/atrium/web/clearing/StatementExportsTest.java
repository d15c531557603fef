package com.atrium.web.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.clearing.RunDocument;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Each export of a statement opened with a reader as a person's program would (commons-csv,
 * fastexcel's reader, PDFBox's text extraction): every line there, in order, and the net equal to
 * the statement's and to the sum of its lines.
 */
class StatementExportsTest {

  @Test
  void theCsvHasABomAHeaderEveryLineAndTheNet() throws IOException {
    StatementDocument d = Statements.fa001(RunStatus.CLOSED);
    byte[] csv = StatementExports.render(d, ExportFormat.CSV, Statements.GENERATED);

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = csvRows(csv);
    assertThat(rows.get(0).get(0)).isEqualTo("商场 Mall");
    assertThat(rows.get(0).values()).contains("类型 Kind", "金额 Amount (CNY)");
    // a parking line's minutes and a memo line's CNY, after the amount
    assertThat(rows.get(0).get(11)).isEqualTo("停车分钟 Parking minutes");
    assertThat(rows.get(0).get(12)).isEqualTo("备注金额 Memo (CNY)");
    assertThat(rows).hasSize(1 + d.lines().size() + 1);
    List<CSVRecord> lines = rows.subList(1, rows.size() - 1);
    assertThat(lines.stream().map(r -> r.get(4)))
        .containsExactly(
            "ISSUANCE_CHARGE",
            "REIMBURSEMENT",
            "CLEARING_FEE",
            "ISSUANCE_CHARGE",
            "REIMBURSEMENT",
            "REIMBURSEMENT_REVERSED",
            "CLEARING_FEE");
    CSVRecord first = lines.get(0);
    assertThat(first.values())
        .containsExactly(
            "XH",
            "2026-11-01",
            "FA001",
            "1",
            "ISSUANCE_CHARGE",
            "积分发放费用 Issuance charge",
            "2026-11-01 00:00",
            "2026-11-16 00:00",
            "1205",
            "0.0110",
            "-13.26",
            "",
            "");
    BigDecimal sum =
        lines.stream().map(r -> new BigDecimal(r.get(10))).reduce(BigDecimal.ZERO, BigDecimal::add);
    CSVRecord net = rows.get(rows.size() - 1);
    assertThat(net.get(4)).isEqualTo("NET");
    assertThat(new BigDecimal(net.get(10))).isEqualByComparingTo(d.statement().net());
    assertThat(sum).isEqualByComparingTo("-21.95");
  }

  @Test
  void theXlsxHoldsTheLinesAsFiguresAndTheNet() throws IOException {
    StatementDocument d = Statements.fb002(RunStatus.IN_REVIEW);
    byte[] xlsx = StatementExports.render(d, ExportFormat.XLSX, Statements.GENERATED);

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("FB002");
      List<Row> rows = sheet.read();
      assertThat(cell(rows, 0, 0)).isEqualTo("积分清算对账单 Points Clearing Statement");
      assertThat(valueOf(rows, "商场 Mall")).isEqualTo("星汇广场 Star Harbour Mall (XH)");
      assertThat(valueOf(rows, "对象 Party")).isEqualTo("海底捞 Haidilao (FB002)");
      assertThat(valueOf(rows, "期间 Period")).isEqualTo("2026-11-01 ~ 2026-11-30 (月 Month)");
      assertThat(valueOf(rows, "状态 Status")).startsWith("审核中 In review");
      assertThat(valueOf(rows, "摘要 Digest")).isEqualTo(Statements.DIGEST);
      assertThat(valueOf(rows, "生成时间 Generated")).isEqualTo("2026-12-02 12:05 (Asia/Shanghai)");
      assertThat(valueOf(rows, "预付积分块 Prepaid block")).contains("透支 overdraft 500");

      int header = StatementXlsx.HEADER_ROWS;
      assertThat(cell(rows, header, 2)).isEqualTo("类型 Kind");
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < d.lines().size(); i++) {
        Row row = row(rows, header + 1 + i);
        StatementLine line = d.lines().get(i);
        assertThat(row.getCellAsString(1)).contains(line.kind().name());
        assertThat(row.getCellAsNumber(4).orElseThrow())
            .isEqualByComparingTo(BigDecimal.valueOf(line.points()));
        assertThat(row.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo(line.rate());
        BigDecimal amount = row.getCellAsNumber(6).orElseThrow();
        assertThat(amount).isEqualByComparingTo(line.amount());
        sum = sum.add(amount);
      }
      assertThat(cell(rows, header + 1, 3)).isEqualTo("2026-11-01 ~ 2026-11-30");
      Row net = row(rows, header + 1 + d.lines().size());
      assertThat(net.getCellAsString(1)).contains("NET");
      assertThat(net.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("0.58");
      assertThat(sum).isEqualByComparingTo(d.statement().net());
    }
  }

  @Test
  void thePdfIsBilingualWithEveryLineTheNetAndAFooterOnEveryPage() throws IOException {
    StatementDocument d = Statements.fa001(RunStatus.CLOSED);
    byte[] pdf = StatementExports.render(d, ExportFormat.PDF, Statements.GENERATED);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("积分清算对账单 Points Clearing Statement")
          .contains("星汇广场 Star Harbour Mall (XH)")
          .contains("优衣库 UNIQLO (FA001)")
          .contains("2026-11-01 ~ 2026-11-30 (月 Month)")
          .contains("已关闭 Closed")
          .contains("积分发放费用")
          .contains("Issuance charge")
          .contains("兑付补偿冲回")
          .contains("2026-11-16 ~ 2026-11-30")
          .contains("FA001 应付运营方 CNY 21.95")
          .contains("Page 1 of 1")
          .contains("第 1 页，共 1 页")
          .contains("2026-12-02 12:05 (Asia/Shanghai)")
          .contains(Statements.DIGEST);
      // the parking minutes and memo columns (headers wrap in their narrow cells)
      assertThat(text.replaceAll("\\s+", " ")).contains("停车分钟 Parking minutes", "备注金额 Memo (CNY)");
      assertThat(net(text)).isEqualByComparingTo(d.statement().net());
      // every line's points, rate and amount, in order
      int at = -1;
      for (StatementLine line : d.lines()) {
        String figures =
            StatementLabels.points(line.points())
                + " "
                + line.rate().toPlainString()
                + " "
                + StatementLabels.amount(line.amount());
        int found = text.indexOf(figures, at + 1);
        assertThat(found).as(figures + " after " + at + " in " + text).isGreaterThan(at);
        at = found;
      }
    }
  }

  @Test
  void aLongStatementRunsOverPagesEachCountingThemAll() throws IOException {
    StatementDocument d = Statements.long_(2000);
    byte[] pdf = StatementExports.render(d, ExportFormat.PDF, Statements.GENERATED);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(20);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      String last = stripper.getText(doc);
      assertThat(last).contains("Page " + pages + " of " + pages).contains("2000");
      assertThat(net(last)).isEqualByComparingTo(d.statement().net());
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      // the table's header again on a later page, with the running head
      assertThat(stripper.getText(doc))
          .contains("Page 2 of " + pages)
          .contains("金额 Amount")
          .contains("XH | FB009 | 2026-11");
    }
  }

  @Test
  void theRunIsOneWorkbookWithASummaryAndASheetPerParty() throws IOException {
    RunDocument run = Statements.wholeRun(RunStatus.APPROVED);
    byte[] xlsx = StatementExports.render(run, Statements.GENERATED);

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheets().map(Sheet::getName))
          .containsExactly("汇总 Summary", "FA001", "FB002", "OPERATOR");
      List<Row> summary = wb.getFirstSheet().read();
      int header = indexOf(summary, "对象 Party");
      BigDecimal total = BigDecimal.ZERO;
      for (int i = 0; i < run.statements().size(); i++) {
        StatementDocument s = run.statements().get(i);
        Row row = row(summary, header + 1 + i);
        assertThat(row.getCellText(0)).isEqualTo(s.statement().party());
        assertThat(row.getCellText(1)).isEqualTo(s.partyName());
        assertThat(row.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo(s.statement().net());
        total = total.add(row.getCellAsNumber(4).orElseThrow());
      }
      Row totalRow = row(summary, header + 1 + run.statements().size());
      assertThat(totalRow.getCellText(0)).isEqualTo("合计 Total");
      assertThat(totalRow.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("0.00");
      assertThat(total).isEqualByComparingTo("0.00");

      for (StatementDocument s : run.statements()) {
        List<Row> rows = wb.findSheet(s.statement().party()).orElseThrow().read();
        Row net = row(rows, StatementXlsx.HEADER_ROWS + 1 + s.lines().size());
        assertThat(net.getCellText(1)).isEqualTo("NET");
        assertThat(net.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(s.statement().net());
      }
    }
  }

  @Test
  void fileNamesSayMallPeriodAndParty() {
    assertThat(StatementExports.fileName(Statements.fa001(RunStatus.CLOSED), ExportFormat.PDF))
        .isEqualTo("XH-2026-11-FA001.pdf");
    assertThat(StatementExports.fileName(Statements.operator(RunStatus.DRAFT), ExportFormat.CSV))
        .isEqualTo("XH-2026-11-OPERATOR.csv");
    assertThat(StatementExports.fileName(Statements.wholeRun(RunStatus.DRAFT)))
        .isEqualTo("XH-2026-11.xlsx");
  }

  @Test
  void sheetNamesAreOnesExcelAccepts() {
    Set<String> taken = new HashSet<>();
    assertThat(StatementXlsx.sheetName("CD-FB01", taken)).isEqualTo("CD-FB01");
    assertThat(StatementXlsx.sheetName("cd-fb01", taken)).isEqualTo("cd-fb01~2");
    assertThat(StatementXlsx.sheetName("A/B:C*D?E[F]G\\H", taken)).isEqualTo("A_B_C_D_E_F_G_H");
    assertThat(StatementXlsx.sheetName("X".repeat(40), taken)).hasSize(31);
  }

  /** The amount on the PDF's net row: "净额 Net -21.95". */
  static BigDecimal net(String text) {
    Matcher m = Pattern.compile("净额 Net\\s+(-?[\\d,]+\\.\\d{2})").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return new BigDecimal(m.group(1).replace(",", ""));
  }

  private static List<CSVRecord> csvRows(byte[] csv) throws IOException {
    var reader =
        new InputStreamReader(
            new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.parse(reader).getRecords();
  }

  private static Row row(List<Row> rows, int rowIndex) {
    return rows.stream()
        .filter(r -> r.getRowNum() == rowIndex + 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + rowIndex));
  }

  private static String cell(List<Row> rows, int r, int c) {
    return row(rows, r).getCellText(c);
  }

  private static int indexOf(List<Row> rows, String first) {
    return rows.stream()
            .filter(r -> r.getCellCount() > 0 && first.equals(r.getCellText(0)))
            .findFirst()
            .orElseThrow()
            .getRowNum()
        - 1;
  }

  private static String valueOf(List<Row> rows, String label) {
    return row(rows, indexOf(rows, label)).getCellText(1);
  }
}
