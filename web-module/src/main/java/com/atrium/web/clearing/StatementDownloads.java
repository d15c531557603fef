package com.atrium.web.clearing;

import com.atrium.clearing.RunView;
import com.atrium.clearing.StoredLine;
import com.atrium.clearing.StoredStatement;
import com.atrium.clearing.TenantLine;
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
  private static final String DRILL_DOWN = "/drill-down";

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

  /**
   * A line's drill-down as {@code csv} or {@code xlsx}, for finance ({@link DrillDownExports}); the
   * dialogs' links ({@code a:drillDownLinks}) add the extension to this path and to its name.
   */
  public String linePath(RunView run, StoredStatement statement, StoredLine line) {
    return RUNS + run.id() + "/statements/" + statement.id() + "/lines/" + line.id() + DRILL_DOWN;
  }

  /** {@code XH-2026-11-FA001-L3}, the name of the line's drill-down without its extension. */
  public String lineName(RunView run, StoredStatement statement, StoredLine line) {
    return stem(
        StatementExports.fileName(
            run, DrillDownExports.lineParty(statement.party(), line.number()), ExportFormat.CSV));
  }

  /** A line of a tenant manager's own statement: its drill-down, as {@link #linePath}. */
  public String ownLinePath(TenantStatement statement, TenantLine line) {
    return OWN + statement.id() + "/lines/" + line.id() + DRILL_DOWN;
  }

  public String ownLineName(TenantStatement statement, TenantLine line) {
    return stem(
        StatementExports.fileName(
            statement.mallCode(),
            statement.periodKind(),
            statement.periodStart(),
            DrillDownExports.lineParty(statement.party(), line.number()),
            ExportFormat.CSV));
  }

  private static String stem(String csvName) {
    return csvName.substring(0, csvName.length() - ".csv".length());
  }

  private static ExportFormat of(String format) {
    return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
  }
}
