package com.atrium.portal.operator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.audit.AuditRecord;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static byte[] write(AuditRecord... records) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (AuditCsv csv =
        new AuditCsv(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), SHANGHAI)) {
      for (AuditRecord r : records) {
        csv.write(r);
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void startsWithAUtf8ByteOrderMarkAndAHeader() throws Exception {
    byte[] bytes = write();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFFtime (Asia/Shanghai),actor,action,subject,subject_id,before,after\r\n");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAndKeepsChinese() throws Exception {
    AuditRecord r =
        new AuditRecord(
            41,
            Instant.parse("2026-12-01T16:30:05Z"),
            "admin",
            "USER_CREATED",
            "app_user",
            "1001",
            null,
            "{username=mkt, displayName=市场部 \"小王\", roles=[OPERATOR_MARKETING, OPERATOR_SERVICE]}\nsecond line");
    String text = new String(write(r), StandardCharsets.UTF_8);
    // 16:30 UTC is the next day, 00:30, in Shanghai
    assertThat(text)
        .contains(
            "2026-12-02 00:30:05,admin,USER_CREATED,app_user,1001,,\"{username=mkt, displayName=市场部"
                + " \"\"小王\"\", roles=[OPERATOR_MARKETING, OPERATOR_SERVICE]}\nsecond line\"\r\n");
    List<CSVRecord> rows =
        CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(6)).isEqualTo(r.after());
    assertThat(rows.get(1).get(5)).isEmpty();
  }

  @Test
  void aCellThatLooksLikeAFormulaIsDefused() throws Exception {
    AuditRecord r =
        new AuditRecord(
            1,
            Instant.parse("2026-12-01T00:00:00Z"),
            "admin",
            "TENANT_CREATED",
            "tenant",
            "=HYPERLINK(\"http://evil\")",
            "@SUM(A1)",
            "-1+2");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .parse(new StringReader(new String(write(r), StandardCharsets.UTF_8).substring(1)))
            .getRecords();
    assertThat(rows.get(1).values())
        .containsExactly(
            "2026-12-01 08:00:00",
            "admin",
            "TENANT_CREATED",
            "tenant",
            "'=HYPERLINK(\"http://evil\")",
            "'@SUM(A1)",
            "'-1+2");
  }
}
