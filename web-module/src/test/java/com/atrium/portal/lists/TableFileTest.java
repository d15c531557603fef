package com.atrium.portal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The list exports opened as a spreadsheet program would open them. */
class TableFileTest {

  static final List<String> HEADERS = List.of("卡号", "姓名", "积分");

  static final List<List<?>> ROWS =
      List.of(
          Arrays.asList("880000000018", "王小明", 1200L),
          Arrays.asList("880000000026", "Li, \"Lee\"\nNa", -50L),
          Arrays.asList("880000000034", "=HYPERLINK(\"x\")", new BigDecimal("12.50")),
          Arrays.asList("880000000042", null, 0L));

  @Test
  void csvIsUtf8WithABomAndRfc4180Quoting() throws IOException {
    byte[] bytes = write(TableFile.Format.CSV);

    assertThat(Arrays.copyOf(bytes, 3))
        .as("the UTF-8 byte order mark Excel needs to read Chinese")
        .containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("卡号,姓名,积分\r\n880000000018,王小明,1200\r\n")
        .contains("\"Li, \"\"Lee\"\"\nNa\",-50\r\n")
        .contains("880000000034,\"'=HYPERLINK(\"\"x\"\")\",12.50\r\n")
        .endsWith("880000000042,,0\r\n");
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
    assertThat(records).hasSize(5);
    assertThat(records.get(2).toList()).containsExactly("880000000026", "Li, \"Lee\"\nNa", "-50");
    assertThat(records.get(3).get(1)).as("never a formula").isEqualTo("'=HYPERLINK(\"x\")");
  }

  @Test
  void xlsxHasTheSameRowsWithNumbersAsNumbers() throws IOException {
    byte[] bytes = write(TableFile.Format.XLSX);

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getFirstSheet().getName()).isEqualTo("atrium-members");
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(rows).hasSize(5);
      assertThat(rows.get(0).stream().map(Cell::getText)).containsExactly("卡号", "姓名", "积分");
      assertThat(rows.get(1).getCell(1).getText()).isEqualTo("王小明");
      assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
      assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("1200");
      assertThat(rows.get(2).getCell(1).getText()).isEqualTo("Li, \"Lee\"\nNa");
      assertThat(rows.get(2).getCell(2).asNumber()).isEqualByComparingTo("-50");
      assertThat(rows.get(3).getCell(1).getType()).isEqualTo(CellType.STRING);
      assertThat(rows.get(3).getCell(1).getText()).isEqualTo("'=HYPERLINK(\"x\")");
      assertThat(rows.get(3).getCell(2).asNumber()).isEqualByComparingTo("12.50");
      assertThat(rows.get(4).getCellText(0)).isEqualTo("880000000042");
    }
  }

  @Test
  void aLongListIsWrittenInFlushedParts() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableFile.Sheet sheet = TableFile.open(TableFile.Format.XLSX, out, "big", HEADERS)) {
      for (int i = 0; i < 3 * TableFile.XLSX_FLUSH_ROWS + 7; i++) {
        sheet.row(List.of("8800" + i, "会员" + i, (long) i));
      }
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(rows).hasSize(3 * TableFile.XLSX_FLUSH_ROWS + 8);
      assertThat(rows.get(rows.size() - 1).getCellText(1))
          .isEqualTo("会员" + (3 * TableFile.XLSX_FLUSH_ROWS + 6));
    }
  }

  @Test
  void sheetNamesAreOnesExcelAccepts() {
    assertThat(TableFile.sheetName("a/b:c*d?e[f]g\\h")).isEqualTo("a b c d e f g h");
    assertThat(TableFile.sheetName("x".repeat(40))).hasSize(31);
    assertThat(TableFile.sheetName(" ")).isEqualTo("Atrium");
  }

  private static byte[] write(TableFile.Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableFile.Sheet sheet = TableFile.open(format, out, "atrium-members", HEADERS)) {
      for (List<?> row : ROWS) {
        sheet.row(row);
      }
    }
    return out.toByteArray();
  }
}
