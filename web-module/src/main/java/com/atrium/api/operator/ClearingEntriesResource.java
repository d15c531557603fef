package com.atrium.api.operator;

import com.atrium.clearing.ClearingTraces;
import com.atrium.clearing.Placement;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Where a journal entry landed in clearing (docs/clearing.md, "Traceability"): the runs, statements
 * and lines that hold it, for finance and the admin within their malls.
 */
@Path("/v1/operator/clearing/entries")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ClearingEntriesResource {

  @EJB ClearingTraces traces;

  @GET
  @Path("{entryId}/placement")
  public String placement(@PathParam("entryId") long entryId) {
    JsonArrayBuilder placements = Json.createArrayBuilder();
    for (Placement p : traces.placements(entryId)) {
      placements.add(
          Json.createObjectBuilder()
              .add("runId", p.runId())
              .add("mall", p.mallCode())
              .add("periodKind", p.periodKind().name())
              .add("periodStart", p.periodStart().toString())
              .add("periodEnd", p.periodEnd().toString())
              .add("status", p.status().name())
              .add("statementId", p.statementId())
              .add("partyKind", p.partyKind().name())
              .add("party", p.party())
              .add("lineId", p.lineId())
              .add("lineKind", p.lineKind().name())
              .add("from", p.lineFrom().toString())
              .add("to", p.lineTo().toString()));
    }
    return Json.createObjectBuilder()
        .add("entryId", entryId)
        .add("placements", placements)
        .build()
        .toString();
  }
}
