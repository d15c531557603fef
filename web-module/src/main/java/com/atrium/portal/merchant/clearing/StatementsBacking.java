package com.atrium.portal.merchant.clearing;

import com.atrium.clearing.PeriodKind;
import com.atrium.clearing.TenantStatement;
import com.atrium.clearing.TenantStatements;
import com.atrium.portal.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code merchant/clearing/statements.xhtml}: a tenant manager's statements, newest period first. A
 * tenant has a statement or two a month, so one page of the service's largest size is the list.
 */
@Named
@RequestScoped
public class StatementsBacking {

  @EJB TenantStatements statements;

  private List<TenantStatement> list;

  /** A month as 2026-11, a day as 2026-11-28 (the mall's dates). */
  public String period(TenantStatement s) {
    return periodOf(s);
  }

  /** An instant in the statement's mall's zone, or nothing. */
  public String dateTime(TenantStatement s, Instant at) {
    return at == null ? "" : PortalMessages.dateTime(at, ZoneId.of(s.zone()));
  }

  static String periodOf(TenantStatement s) {
    return s.periodKind() == PeriodKind.MONTH
        ? YearMonth.from(s.periodStart()).toString()
        : s.periodStart().toString();
  }

  public List<TenantStatement> getStatements() {
    if (list == null) {
      list = statements.statements(0, 200).statements();
    }
    return list;
  }
}
