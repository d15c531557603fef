package com.atrium.portal.operator.ledger;

import com.atrium.ledger.LedgerCheck;
import com.atrium.ledger.LedgerCheckMonitor;
import com.atrium.ledger.LedgerCheckReport;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * {@code operator/ledger-check.xhtml}: the last scheduled ledger check, and a run on demand. Only
 * finance and the admin reach the page (web.xml).
 */
@Named
@ViewScoped
public class LedgerCheckBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB LedgerCheck check;
  @EJB LedgerCheckMonitor monitor;
  @Inject MallConfiguration mall;

  private LedgerCheckReport report;

  /** The report shown: the one run on this page, else the last scheduled one; null before any. */
  public LedgerCheckReport getReport() {
    if (report == null) {
      report = monitor.last().orElse(null);
    }
    return report;
  }

  public void runNow() {
    report = check.run();
    PortalMessages.info(report.clean() ? "ledgerCheck.ranClean" : "ledgerCheck.ranDiscrepancies");
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }
}
