package com.atrium.api.operator;

import com.atrium.ledger.LedgerCheckMonitor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ledger check on demand, for operators (finance and admin, see web.xml). */
@Path("/v1/operator/ledger-check")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator")
@ApplicationScoped
public class LedgerCheckResource {

  @EJB LedgerCheckMonitor monitor;

  @GET
  @Operation(
      summary = "Verify every ledger invariant over the whole database now",
      description =
          "Entries sum to zero; member balances equal the sum of their lines and of their open"
              + " lots; no negative balance unless the policy allows it; no lot consumed beyond"
              + " what it earned. Lists each discrepancy (at most 100 per rule). The result also"
              + " becomes the readiness check's ledger detail.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = LedgerCheckResult.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public LedgerCheckResult check() {
    return LedgerCheckResult.of(monitor.refresh());
  }
}
