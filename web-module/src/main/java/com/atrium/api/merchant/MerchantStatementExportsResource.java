package com.atrium.api.merchant;

import com.atrium.clearing.TenantStatements;
import com.atrium.platform.Clock;
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
 * statement is 404 exactly as it is in {@link MerchantStatementsResource}.
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

  private Response export(long id, ExportFormat format) {
    return StatementExports.download(statements.document(id), format, clock.now());
  }
}
