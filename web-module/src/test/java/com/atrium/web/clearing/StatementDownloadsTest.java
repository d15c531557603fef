package com.atrium.web.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atrium.clearing.LineKind;
import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.StatementDocument;
import com.atrium.clearing.StatementLine;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.TenantLine;
import com.atrium.clearing.TenantStatement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The portal's download buttons lead to the REST exports and show the name the download carries:
 * the one {@link StatementExports#fileName} gives the rendered document.
 */
class StatementDownloadsTest {

  private final StatementDownloads downloads = new StatementDownloads();

  @Test
  void financesButtonsLeadToTheRunsExportsAndShowTheirNames() {
    StatementDocument fa001 = Statements.fa001(RunStatus.IN_REVIEW);
    long id = fa001.statement().id();
    assertThat(downloads.runPath(fa001.run()))
        .isEqualTo("/api/v1/operator/clearing/runs/4711/export.xlsx");
    assertThat(downloads.runName(fa001.run()))
        .isEqualTo(StatementExports.fileName(Statements.wholeRun(RunStatus.IN_REVIEW)))
        .isEqualTo("XH-2026-11.xlsx");
    for (ExportFormat format : ExportFormat.values()) {
      String ext = format.extension();
      assertThat(downloads.statementPath(fa001.run(), fa001.statement(), ext))
          .isEqualTo("/api/v1/operator/clearing/runs/4711/statements/" + id + "/export." + ext);
      assertThat(downloads.statementName(fa001.run(), fa001.statement(), ext))
          .isEqualTo(StatementExports.fileName(fa001, format))
          .isEqualTo("XH-2026-11-FA001." + ext);
    }
  }

  @Test
  void aManagersButtonsLeadToItsOwnExportsAndShowTheSameNames() {
    StatementDocument fa001 = Statements.fa001(RunStatus.APPROVED);
    TenantStatement own =
        new TenantStatement(
            fa001.statement().id(),
            4711,
            "XH",
            PeriodKind.MONTH,
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 1),
            "Asia/Shanghai",
            RunStatus.APPROVED,
            null,
            null,
            false,
            "FA001",
            new BigDecimal("-21.95"),
            5,
            Optional.empty());
    assertThat(downloads.ownPath(own, "pdf"))
        .isEqualTo("/api/v1/merchant/clearing/statements/" + own.id() + "/export.pdf");
    assertThat(downloads.ownName(own, "pdf"))
        .isEqualTo(StatementExports.fileName(fa001, ExportFormat.PDF))
        .isEqualTo("XH-2026-11-FA001.pdf");
    TenantStatement day =
        new TenantStatement(
            7,
            4712,
            "XH",
            PeriodKind.DAY,
            LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 11, 6),
            "Asia/Shanghai",
            RunStatus.CLOSED,
            null,
            null,
            false,
            "FB001",
            BigDecimal.ZERO,
            0,
            Optional.empty());
    assertThat(downloads.ownName(day, "csv")).isEqualTo("XH-2026-11-05-FB001.csv");
  }

  @Test
  void aDrillDownsLinksLeadToTheLinesFilesNamedByTheLinesNumber() {
    StatementDocument fa001 = Statements.fa001(RunStatus.IN_REVIEW);
    long id = fa001.statement().id();
    StatementLine fee =
        new StatementLine(
            LineKind.CLEARING_FEE,
            Statements.NOV_1,
            Statements.NOV_16,
            1111,
            new BigDecimal("0.0095"),
            new BigDecimal("-0.16"));
    assertThat(
            downloads.linePath(
                fa001.run(), fa001.statement(), new StoredLine(88, 3, fee, true, null)))
        .isEqualTo("/api/v1/operator/clearing/runs/4711/statements/" + id + "/lines/88/drill-down");
    assertThat(
            downloads.lineName(
                fa001.run(), fa001.statement(), new StoredLine(88, 3, fee, true, null)))
        .isEqualTo("XH-2026-11-FA001-L3");
    TenantStatement own =
        new TenantStatement(
            id,
            4711,
            "XH",
            PeriodKind.MONTH,
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 1),
            "Asia/Shanghai",
            RunStatus.IN_REVIEW,
            null,
            null,
            false,
            "FA001",
            new BigDecimal("-21.95"),
            7,
            Optional.empty());
    assertThat(downloads.ownLinePath(own, new TenantLine(88, 3, fee)))
        .isEqualTo("/api/v1/merchant/clearing/statements/" + id + "/lines/88/drill-down");
    assertThat(downloads.ownLineName(own, new TenantLine(88, 3, fee)))
        .isEqualTo("XH-2026-11-FA001-L3");
  }
}
