package com.atrium.api.merchant;

import com.atrium.clearing.DrillDown;
import com.atrium.clearing.LineDocument;
import com.atrium.clearing.TenantStatements;
import com.atrium.platform.Clock;
import com.atrium.web.clearing.DrillDownExports;
import com.atrium.web.clearing.DrillDownTable;
import com.atrium.web.clearing.ExportFormat;
import com.atrium.web.clearing.StatementExports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A tenant manager's own statement as CSV, XLSX or PDF (docs/clearing.md, "Exports"): the same file
 * finance downloads for that statement, rendered by {@link StatementExports} from the document
 * {@link TenantStatements#document} finds, so another tenant's, a draft's or the operator's
 * statement is 404 exactly as it is in {@link MerchantStatementsResource}. A line's drill-down as
 * CSV or XLSX: what the manager's drill-down of that line lists (its parking charges, or its
 * journal entries with the member as a masked card), read through the same {@link TenantStatements}
 * pages and refused as they are.
 *
 * <p>It shares that resource's path (Jersey groups root resources of one path), so that the files
 * sit under the statement they export while each class keeps to its own job.
 */
@Path("/v1/merchant/clearing/statements")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MerchantStatementExportsResource {

  @EJB TenantStatements statements;
  @Inject Clock clock;

  @GET
  @Path("{id}/export.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("id") long id) {
    return export(id, ExportFormat.CSV);
  }

  @GET
  @Path("{id}/export.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response xlsx(@PathParam("id") long id) {
    return export(id, ExportFormat.XLSX);
  }

  @GET
  @Path("{id}/export.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id) {
    return export(id, ExportFormat.PDF);
  }

  @GET
  @Path("{id}/lines/{lineId}/drill-down.csv")
  @Produces("text/csv")
  public Response drillDownCsv(@PathParam("id") long id, @PathParam("lineId") long lineId) {
    return drillDown(id, lineId, ExportFormat.CSV);
  }

  @GET
  @Path("{id}/lines/{lineId}/drill-down.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response drillDownXlsx(@PathParam("id") long id, @PathParam("lineId") long lineId) {
    return drillDown(id, lineId, ExportFormat.XLSX);
  }

  private Response drillDown(long id, long lineId, ExportFormat format) {
    LineDocument d = statements.line(id, lineId);
    if (d.line().line().kind().drillDown() == DrillDown.SETTLEMENTS) {
      return DrillDownExports.download(
          d,
          DrillDownTable.CHARGES,
          (after, limit) -> statements.settlements(id, lineId, after, limit).charges(),
          format,
          clock.now());
    }
    // a tenant's every other line lists its journal entries (its statement has no partner lines)
    return DrillDownExports.download(
        d,
        DrillDownTable.TENANT_ENTRIES,
        (after, limit) -> statements.entries(id, lineId, after, limit).entries(),
        format,
        clock.now());
  }

  private Response export(long id, ExportFormat format) {
    return StatementExports.download(statements.document(id), format, clock.now());
  }
}
