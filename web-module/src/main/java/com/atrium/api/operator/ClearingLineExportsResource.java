package com.atrium.api.operator;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.LineDocument;
import com.atrium.platform.Clock;
import com.atrium.web.clearing.DrillDownExports;
import com.atrium.web.clearing.DrillDownTable;
import com.atrium.web.clearing.ExportFormat;
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
 * A statement line's drill-down as CSV or XLSX, for finance and the admin (docs/clearing.md,
 * "Exports"): every item of the drill-down the API serves for the line's kind ({@code …/entries},
 * {@code …/exchanges}, {@code …/movements}, {@code …/settlements}), read through the same {@link
 * ClearingTraces} pages, so it is refused exactly as that drill-down is.
 *
 * <p>It shares {@link ClearingRunsResource}'s path (Jersey groups root resources of one path), so
 * that the file sits under the line it lists while each class keeps to its own job.
 */
@Path("/v1/operator/clearing/runs")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ClearingLineExportsResource {

  @EJB ClearingTraces traces;
  @Inject Clock clock;

  @GET
  @Path("{id}/statements/{statementId}/lines/{lineId}/drill-down.csv")
  @Produces("text/csv")
  public Response csv(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @PathParam("lineId") long lineId) {
    return drillDown(id, statementId, lineId, ExportFormat.CSV);
  }

  @GET
  @Path("{id}/statements/{statementId}/lines/{lineId}/drill-down.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response xlsx(
      @PathParam("id") long id,
      @PathParam("statementId") long statementId,
      @PathParam("lineId") long lineId) {
    return drillDown(id, statementId, lineId, ExportFormat.XLSX);
  }

  private Response drillDown(long id, long statementId, long lineId, ExportFormat format) {
    LineDocument d = traces.line(id, statementId, lineId);
    return switch (d.line().line().kind().drillDown()) {
      case ENTRIES ->
          DrillDownExports.download(
              d,
              DrillDownTable.ENTRIES,
              (after, limit) -> traces.entries(id, statementId, lineId, after, 0, limit).entries(),
              format,
              clock.now());
      case EXCHANGES ->
          DrillDownExports.download(
              d,
              DrillDownTable.EXCHANGES,
              (after, limit) -> traces.fees(id, statementId, lineId, after, limit).exchanges(),
              format,
              clock.now());
      case MOVEMENTS ->
          DrillDownExports.download(
              d,
              DrillDownTable.MOVEMENTS,
              (after, limit) -> traces.movements(id, statementId, lineId, after, limit).movements(),
              format,
              clock.now());
      case SETTLEMENTS ->
          DrillDownExports.download(
              d,
              DrillDownTable.CHARGES,
              (after, limit) -> traces.settlements(id, statementId, lineId, after, limit).charges(),
              format,
              clock.now());
    };
  }
}
