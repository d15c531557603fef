package com.atrium.portal.merchant.clearing;

import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.RunStatus;
import com.atrium.clearing.TenantStatement;
import com.atrium.clearing.TenantStatements;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * {@code merchant/clearing/statements.xhtml}: a tenant manager's statements, newest period first or
 * sorted by a column, filtered by run status and the days their periods start on, exported through
 * the shared {@link ListTable}.
 */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TenantStatements statements;

  private RunStatus status;
  private LocalDate from;
  private LocalDate to;
  private ListTable<TenantStatement> table;

  @PostConstruct
  void init() {
    table =
        new ListTable<>(
            "statements-form:statements",
            "atrium-statements",
            s -> String.valueOf(s.id()),
            List.of(
                ListColumn.sorted("period", "statements.period", StatementsBacking::periodOf),
                ListColumn.plain("mall", "statements.mall", TenantStatement::mallCode),
                ListColumn.sorted(
                    "status",
                    "statements.status",
                    s -> PortalMessages.text("statements.runStatus." + s.runStatus())),
                ListColumn.sorted("net", "statements.net", TenantStatement::net),
                ListColumn.sorted("lines", "statements.lineCount", TenantStatement::lineCount),
                ListColumn.sorted(
                    "disputeUntil",
                    "statements.disputeUntil",
                    s -> s.disputable() ? dateTimeOf(s, s.disputeUntil()) : "–")),
            source());
  }

  public void search() {
    if (from != null && to != null && to.isBefore(from)) {
      PortalMessages.error("lists.periodBackwards");
      return;
    }
    table.show(source());
  }

  private ListTable.Source<TenantStatement> source() {
    TenantStatements service = statements;
    RunStatus s = status;
    LocalDate f = from;
    LocalDate t = to;
    return (sort, offset, limit) -> service.statements(s, f, t, sort, offset, limit);
  }

  /** A month as 2026-11, a day as 2026-11-28 (the mall's dates). */
  public String period(TenantStatement s) {
    return periodOf(s);
  }

  /** An instant in the statement's mall's zone, or nothing. */
  public String dateTime(TenantStatement s, Instant at) {
    return dateTimeOf(s, at);
  }

  static String dateTimeOf(TenantStatement s, Instant at) {
    return at == null ? "" : PortalMessages.dateTime(at, ZoneId.of(s.zone()));
  }

  static String periodOf(TenantStatement s) {
    return s.periodKind() == PeriodKind.MONTH
        ? YearMonth.from(s.periodStart()).toString()
        : s.periodStart().toString();
  }

  public ListTable<TenantStatement> getTable() {
    return table;
  }

  /** The statuses a tenant sees (a draft is finance's alone). */
  public List<RunStatus> getStatuses() {
    return Arrays.stream(RunStatus.values()).filter(s -> s != RunStatus.DRAFT).toList();
  }

  public RunStatus getStatus() {
    return status;
  }

  public void setStatus(RunStatus status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
