package com.atrium.api.operator;

import com.atrium.ledger.LedgerCheckMonitor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ledger check on demand, for operators (finance and admin, see web.xml). */
@Path("/v1/operator/ledger-check")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class LedgerCheckResource {

  @EJB LedgerCheckMonitor monitor;

  @GET
  public LedgerCheckResult check() {
    return LedgerCheckResult.of(monitor.refresh());
  }
}
