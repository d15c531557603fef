package com.atrium.web.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.clearing.DepositMovementLine;
import com.atrium.clearing.FeeExchange;
import com.atrium.clearing.LineDocument;
import com.atrium.clearing.LineKind;
import com.atrium.clearing.LineTrace;
import com.atrium.clearing.PartyKind;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.StatementLine;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import com.atrium.clearing.TenantEntry;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerFigures.TracedEntry;
import com.atrium.parking.SettlementCharge;
import com.atrium.platform.DomainException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * A line's drill-down as CSV and XLSX, read back as a person's program would: every item in order,
 * named by mall, period, party, line and kind, and a last row {@code TOTAL} equal to the line's
 * figures; pages walked by the keyset; an XLSX longer than a sheet refused.
 */
class DrillDownExportsTest {

  private static final Instant BOOKED = Instant.parse("2026-11-03T02:15:30Z");

  @Test
  void theEntriesCsvListsEveryEntryNamedByItsLineAndTotalsThePoints() throws IOException {
    LineDocument d =
        line(PartyKind.TENANT, "FA001", 1, LineKind.ISSUANCE_CHARGE, 1205, "-13.26", null, null, 3);
    List<TracedEntry> entries =
        List.of(
            new TracedEntry(501, EntryKind.EARN, BOOKED, BOOKED, 88L, "Sale R-17", null, 1000),
            new TracedEntry(502, EntryKind.EARN, BOOKED, BOOKED, 89L, "Sale =1+1", null, 300),
            new TracedEntry(
                503,
                EntryKind.REVERSAL,
                BOOKED,
                BOOKED,
                88L,
                "Refund F-1 of sale R-17",
                501L,
                -95));

    byte[] csv = render(d, DrillDownTable.ENTRIES, entries, TracedEntry::entryId, ExportFormat.CSV);

    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = csvRows(csv);
    assertThat(rows).hasSize(1 + 3 + 1);
    assertThat(rows.get(0).values())
        .containsExactly(
            "商场 Mall",
            "期间起 Period start",
            "对象 Party",
            "行序号 Line no.",
            "类型代码 Kind code",
            "类型 Kind",
            "分录号 Entry",
            "分录类型 Entry kind",
            "记账时间 Booked (Asia/Shanghai)",
            "发生时间 Occurred (Asia/Shanghai)",
            "会员号 Member id",
            "摘要 Reference",
            "冲正分录 Reverses entry",
            "积分 Points",
            "金额 Amount (CNY)",
            "停车分钟 Parking minutes",
            "备注金额 Memo (CNY)");
    assertThat(rows.get(1).values())
        .containsExactly(
            "XH",
            "2026-11-01",
            "FA001",
            "1",
            "ISSUANCE_CHARGE",
            "积分发放费用 Issuance charge",
            "501",
            "EARN",
            "2026-11-03 10:15:30",
            "2026-11-03 10:15:30",
            "88",
            "Sale R-17",
            "",
            "1000",
            "",
            "",
            "");
    // a formula sign inside a text is no formula: left as it is
    assertThat(rows.get(2).get(11)).isEqualTo("Sale =1+1");
    assertThat(rows.get(3).get(12)).isEqualTo("501");
    assertThat(rows.get(3).get(13)).isEqualTo("-95");
    assertThat(rows.get(4).values())
        .containsExactly(
            "XH",
            "2026-11-01",
            "FA001",
            "1",
            "TOTAL",
            "合计 Total",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "1205",
            "",
            "",
            "");
  }

  @Test
  void aManagersEntriesShowTheMaskedCardAndAFormulaLikeTextIsQuoted() throws IOException {
    LineDocument d =
        line(PartyKind.TENANT, "FB001", 2, LineKind.REIMBURSEMENT, 40, "0.40", null, null, 1);
    List<TenantEntry> entries =
        List.of(
            new TenantEntry(
                601,
                EntryKind.REDEEM,
                BOOKED,
                BOOKED,
                "88******0904",
                "-Points as cash",
                null,
                40));

    List<CSVRecord> rows =
        csvRows(
            render(
                d, DrillDownTable.TENANT_ENTRIES, entries, TenantEntry::entryId, ExportFormat.CSV));

    assertThat(rows.get(0).get(10)).isEqualTo("会员卡号 Member card");
    assertThat(rows.get(1).get(10)).isEqualTo("88******0904");
    assertThat(rows.get(1).get(11)).isEqualTo("'-Points as cash");
    assertThat(rows.get(2).get(4)).isEqualTo("TOTAL");
    assertThat(rows.get(2).get(13)).isEqualTo("40");
  }

  @Test
  void everyPageIsWalkedByTheKeyset() throws IOException {
    int n = DrillDownExports.PAGE * 2 + 17;
    List<TracedEntry> entries = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      entries.add(new TracedEntry(1000 + i, EntryKind.EARN, BOOKED, BOOKED, 7L, "Sale", null, i));
    }
    long points = (long) n * (n + 1) / 2;
    LineDocument d =
        line(
            PartyKind.TENANT, "FA001", 4, LineKind.ISSUANCE_CHARGE, points, "-1.00", null, null, n);
    List<Long> asked = new ArrayList<>();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DrillDownExports.render(
        d,
        DrillDownTable.ENTRIES,
        (after, limit) -> {
          asked.add(after);
          return page(entries, TracedEntry::entryId, after, limit);
        },
        ExportFormat.CSV,
        Statements.GENERATED,
        out,
        1_048_576);

    assertThat(asked).containsExactly(0L, 1200L, 1400L);
    List<CSVRecord> rows = csvRows(out.toByteArray());
    assertThat(rows).hasSize(1 + n + 1);
    assertThat(rows.get(n).get(6)).isEqualTo(String.valueOf(1000 + n));
    assertThat(rows.get(n + 1).get(13)).isEqualTo(String.valueOf(points));
  }

  @Test
  void theFeesXlsxHoldsFiguresAndATotalEqualToTheLine() throws IOException {
    LineDocument d =
        line(PartyKind.PARTNER, "DEMOAIR", 5, LineKind.EXCHANGE_FEE, 5000, "-1.75", null, null, 2);
    List<FeeExchange> fees =
        List.of(
            new FeeExchange(
                701,
                BOOKED,
                "DEMOAIR",
                "DA-1",
                "IN",
                null,
                2000,
                new BigDecimal("0.70"),
                new BigDecimal("-0.70")),
            new FeeExchange(
                705,
                BOOKED,
                "DEMOAIR",
                "DA-2",
                "IN",
                null,
                3000,
                new BigDecimal("1.05"),
                new BigDecimal("-1.05")));

    byte[] xlsx =
        render(d, DrillDownTable.EXCHANGES, fees, FeeExchange::entryId, ExportFormat.XLSX);

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getFirstSheet().getName()).isEqualTo("DEMOAIR-L5");
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(text(rows, 0, 0)).contains("Exchanges and their fees");
      assertThat(number(rows, 8, 1)).isEqualByComparingTo("5");
      assertThat(text(rows, 9, 1)).isEqualTo("EXCHANGE_FEE");
      assertThat(number(rows, 12, 1)).isEqualByComparingTo("5000");
      assertThat(number(rows, 13, 1)).isEqualByComparingTo("-1.75");
      assertThat(text(rows, 14, 1)).isEqualTo("—");
      int header = DrillDownXlsx.HEADER_ROWS;
      assertThat(text(rows, header, 0)).isEqualTo("分录号 Entry");
      assertThat(number(rows, header + 1, 0)).isEqualByComparingTo("701");
      assertThat(text(rows, header + 1, 3)).isEqualTo("DA-1");
      assertThat(number(rows, header + 1, 6)).isEqualByComparingTo("0.70");
      assertThat(number(rows, header + 1, 7)).isEqualByComparingTo("2000");
      assertThat(number(rows, header + 1, 8)).isEqualByComparingTo("-0.70");
      assertThat(number(rows, header + 2, 8)).isEqualByComparingTo("-1.05");
      assertThat(text(rows, header + 3, 0)).isEqualTo("TOTAL 合计 Total");
      assertThat(number(rows, header + 3, 7)).isEqualByComparingTo("5000");
      assertThat(number(rows, header + 3, 8)).isEqualByComparingTo("-1.75");
      assertThat(rows.get(rows.size() - 1).getRowNum() - 1).isEqualTo(header + 3);
    }
  }

  @Test
  void aPayersParkingLineIsWhatItPaysAndTheOperatorsMemoWhatItBears() throws IOException {
    SettlementCharge spend =
        new SettlementCharge(
            801,
            800,
            "XH-P-20261103-0042",
            LocalDate.of(2026, 11, 3),
            BOOKED,
            "TENANT",
            5000101L,
            null,
            "SPEND",
            new BigDecimal("40.00"),
            new BigDecimal("6.67"),
            null,
            List.of(
                new SettlementCharge.SpendSale(
                    790, "R-20261103-17", 5000101L, new BigDecimal("300.00"))));
    LineDocument payer =
        line(PartyKind.TENANT, "FA001", 8, LineKind.PARKING_CHARGE, 0, "-6.67", "40.00", null, 1);

    List<CSVRecord> rows =
        csvRows(
            render(
                payer,
                DrillDownTable.CHARGES,
                List.of(spend),
                SettlementCharge::chargeId,
                ExportFormat.CSV));

    assertThat(rows.get(1).values())
        .containsExactly(
            "XH",
            "2026-11-01",
            "FA001",
            "8",
            "PARKING_CHARGE",
            "停车免费时长费用 Parking charge",
            "801",
            "800",
            "XH-P-20261103-0042",
            "2026-11-03",
            "2026-11-03 10:15:30",
            "TENANT",
            "5000101",
            "SPEND",
            "",
            "6.67",
            "R-20261103-17 300.00",
            "",
            "-6.67",
            "40.00",
            "");
    assertThat(rows.get(2).values().length).isEqualTo(rows.get(0).values().length);
    assertThat(Arrays.asList(rows.get(2).values()).subList(17, 21))
        .containsExactly("", "-6.67", "40.00", "");

    LineDocument memo =
        line(
            PartyKind.OPERATOR,
            "OPERATOR",
            3,
            LineKind.PARKING_OPERATOR_COST,
            0,
            "0.00",
            "40.00",
            "6.67",
            1);
    List<CSVRecord> memoRows =
        csvRows(
            render(
                memo,
                DrillDownTable.CHARGES,
                List.of(spend),
                SettlementCharge::chargeId,
                ExportFormat.CSV));
    assertThat(Arrays.asList(memoRows.get(2).values()).subList(17, 21))
        .containsExactly("", "", "40.00", "6.67");
  }

  @Test
  void aLateParkingLineGivesEachReleasedChargeBackTheOtherWayRound() throws IOException {
    SettlementCharge released =
        new SettlementCharge(
            801,
            800,
            "XH-P-20261031-0042",
            LocalDate.of(2026, 10, 31),
            BOOKED,
            "TENANT",
            5000101L,
            null,
            "TIER",
            new BigDecimal("40.00"),
            new BigDecimal("6.67"),
            BOOKED.plusSeconds(600),
            List.of());

    assertThat(
            lateTotal(
                PartyKind.TENANT, LineKind.LATE_PARKING_CHARGE_RELEASED, "6.67", null, released))
        .containsExactly("", "6.67", "-40.00", "");
    assertThat(
            lateTotal(
                PartyKind.OPERATOR, LineKind.LATE_PARKING_CHARGE_RELEASED, "-6.67", null, released))
        .containsExactly("", "-6.67", "-40.00", "");
    assertThat(
            lateTotal(
                PartyKind.OPERATOR,
                LineKind.LATE_PARKING_OPERATOR_COST_RELEASED,
                "0.00",
                "-6.67",
                released))
        .containsExactly("", "", "-40.00", "-6.67");
  }

  /** The TOTAL row's points, amount, minutes and memo of a late parking line of one charge. */
  private static List<String> lateTotal(
      PartyKind party, LineKind kind, String amount, String memo, SettlementCharge charge)
      throws IOException {
    LineDocument late =
        line(
            party,
            party == PartyKind.OPERATOR ? "OPERATOR" : "FA001",
            9,
            kind,
            0,
            amount,
            "-40.00",
            memo,
            1);
    List<CSVRecord> rows =
        csvRows(
            render(
                late,
                DrillDownTable.CHARGES,
                List.of(charge),
                SettlementCharge::chargeId,
                ExportFormat.CSV));
    return Arrays.asList(rows.get(2).values()).subList(17, 21);
  }

  @Test
  void theMovementsTotalIsTheLinesMemo() throws IOException {
    LineDocument d =
        line(PartyKind.PARTNER, "DEMOBANK", 9, LineKind.DEPOSIT_DRAWN, 0, "0.00", null, "15.90", 0);
    List<DepositMovementLine> movements =
        List.of(
            new DepositMovementLine(
                901,
                BOOKED,
                "EXCHANGE_IN",
                new BigDecimal("-10.60"),
                new BigDecimal("10.60"),
                new BigDecimal("989.40"),
                "Exchange IN DEMOBANK DB-77",
                "DB-77"),
            new DepositMovementLine(
                902,
                BOOKED,
                "EXCHANGE_IN",
                new BigDecimal("-5.30"),
                new BigDecimal("5.30"),
                new BigDecimal("984.10"),
                null,
                "DB-78"));

    List<CSVRecord> rows =
        csvRows(
            render(
                d,
                DrillDownTable.MOVEMENTS,
                movements,
                DepositMovementLine::movementId,
                ExportFormat.CSV));

    assertThat(rows.get(1).get(9)).isEqualTo("-10.60");
    assertThat(rows.get(1).get(16)).isEqualTo("10.60");
    assertThat(rows.get(2).get(11)).isEmpty();
    assertThat(Arrays.asList(rows.get(3).values()).subList(13, 17))
        .containsExactly("", "", "", "15.90");
  }

  @Test
  void aLineLongerThanASheetIsRefusedAsXlsxBeforeAndWhileItIsRead() {
    int maxRows = DrillDownXlsx.HEADER_ROWS + 2 + 2;
    List<TracedEntry> three = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      three.add(new TracedEntry(i, EntryKind.EARN, BOOKED, BOOKED, 7L, "Sale", null, 1));
    }
    LineDocument counted =
        line(PartyKind.TENANT, "FA001", 1, LineKind.ISSUANCE_CHARGE, 3, "-0.03", null, null, 3);
    List<Long> asked = new ArrayList<>();
    assertThatThrownBy(
            () ->
                DrillDownExports.render(
                    counted,
                    DrillDownTable.ENTRIES,
                    (after, limit) -> {
                      asked.add(after);
                      return page(three, TracedEntry::entryId, after, limit);
                    },
                    ExportFormat.XLSX,
                    Statements.GENERATED,
                    new ByteArrayOutputStream(),
                    maxRows))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.code()).isEqualTo("DRILL_DOWN_TOO_LARGE_FOR_XLSX"));
    assertThat(asked).isEmpty();

    // movements are not counted on their line: refused once the sheet is full
    LineDocument uncounted =
        line(
            PartyKind.PARTNER,
            "DEMOBANK",
            2,
            LineKind.DEPOSIT_TOPPED_UP,
            0,
            "0.00",
            null,
            "3.00",
            0);
    List<DepositMovementLine> movements = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      movements.add(
          new DepositMovementLine(
              i, BOOKED, "TOP_UP", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, null, null));
    }
    assertThatThrownBy(
            () ->
                DrillDownExports.render(
                    uncounted,
                    DrillDownTable.MOVEMENTS,
                    (after, limit) ->
                        page(movements, DepositMovementLine::movementId, after, limit),
                    ExportFormat.XLSX,
                    Statements.GENERATED,
                    new ByteArrayOutputStream(),
                    maxRows))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("CSV");
    // two fit: header, two items, total
    assertThat(DrillDownXlsx.capacity(maxRows)).isEqualTo(2);
  }

  @Test
  void theFileIsNamedByTheStatementAndTheLinesNumber() {
    LineDocument d =
        line(PartyKind.TENANT, "FA001", 3, LineKind.CLEARING_FEE, 1111, "-0.16", null, null, 4);
    assertThat(DrillDownExports.fileName(d, ExportFormat.CSV)).isEqualTo("XH-2026-11-FA001-L3.csv");
    assertThat(DrillDownExports.fileName(d, ExportFormat.XLSX))
        .isEqualTo("XH-2026-11-FA001-L3.xlsx");
  }

  // --- fixtures ---

  private static LineDocument line(
      PartyKind party,
      String code,
      int number,
      LineKind kind,
      long points,
      String amount,
      String minutes,
      String memo,
      long entries) {
    StatementLine line =
        new StatementLine(
            kind,
            Statements.NOV_1,
            Statements.DEC_1,
            points,
            null,
            new BigDecimal(amount),
            new LineTrace(entries, 1, 2),
            null,
            minutes == null ? null : new BigDecimal(minutes),
            memo == null ? null : new BigDecimal(memo));
    return new LineDocument(
        Statements.run(RunStatus.CLOSED),
        new StoredStatement(
            102,
            party,
            party == PartyKind.OPERATOR ? null : 2L,
            code,
            BigDecimal.ZERO,
            number,
            Optional.empty()),
        new StoredLine(9000 + number, number, line, true, null));
  }

  private static <T> byte[] render(
      LineDocument d,
      DrillDownTable<T> table,
      List<T> items,
      ToLongFunction<T> key,
      ExportFormat format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DrillDownExports.render(
        d,
        table,
        (after, limit) -> page(items, key, after, limit),
        format,
        Statements.GENERATED,
        out,
        1_048_576);
    return out.toByteArray();
  }

  /** A keyset page as the services answer it: the items after the key, at most limit. */
  private static <T> List<T> page(List<T> items, ToLongFunction<T> key, long after, int limit) {
    return items.stream().filter(i -> key.applyAsLong(i) > after).limit(limit).toList();
  }

  private static List<CSVRecord> csvRows(byte[] csv) throws IOException {
    var reader =
        new InputStreamReader(
            new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.parse(reader).getRecords();
  }

  private static Row row(List<Row> rows, int index) {
    return rows.stream()
        .filter(r -> r.getRowNum() == index + 1)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + index));
  }

  private static String text(List<Row> rows, int r, int c) {
    return row(rows, r).getCellText(c);
  }

  private static BigDecimal number(List<Row> rows, int r, int c) {
    return row(rows, r).getCellAsNumber(c).orElseThrow(() -> new AssertionError("no number"));
  }
}
