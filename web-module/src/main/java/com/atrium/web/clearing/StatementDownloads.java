package com.atrium.web.clearing;

import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredStatement;
import com.atrium.clearing.TenantStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Where the portal's download buttons lead and the file name each shows ({@code
 * #{statementDownloads...}}; docs/clearing.md, "Exports" and "Pages"). The buttons are plain links
 * to the REST exports, which the portal session authenticates: finance's run page to {@code
 * /api/v1/operator/clearing/runs/...}, a manager's statement page to {@code
 * /api/v1/merchant/clearing/statements/...}. So every file a person downloads is rendered by the
 * one {@link StatementExports} path, the endpoint decides who may have it, and the name a button
 * shows is the name the download carries. Paths are relative to the application's context path.
 */
@Named
@ApplicationScoped
public class StatementDownloads {

  private static final String RUNS = "/api/v1/operator/clearing/runs/";
  private static final String OWN = "/api/v1/merchant/clearing/statements/";

  /** The run as one workbook, for finance. */
  public String runPath(RunView run) {
    return RUNS + run.id() + "/export.xlsx";
  }

  public String runName(RunView run) {
    return StatementExports.fileName(run);
  }

  /** One statement of the run as {@code csv}, {@code xlsx} or {@code pdf}, for finance. */
  public String statementPath(RunView run, StoredStatement statement, String format) {
    return RUNS + run.id() + "/statements/" + statement.id() + "/export." + of(format).extension();
  }

  public String statementName(RunView run, StoredStatement statement, String format) {
    return StatementExports.fileName(run, statement.party(), of(format));
  }

  /** A tenant manager's own statement as {@code csv}, {@code xlsx} or {@code pdf}. */
  public String ownPath(TenantStatement statement, String format) {
    return OWN + statement.id() + "/export." + of(format).extension();
  }

  public String ownName(TenantStatement statement, String format) {
    return StatementExports.fileName(
        statement.mallCode(),
        statement.periodKind(),
        statement.periodStart(),
        statement.party(),
        of(format));
  }

  private static ExportFormat of(String format) {
    return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
  }
}
