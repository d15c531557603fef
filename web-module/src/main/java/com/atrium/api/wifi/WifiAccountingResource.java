package com.atrium.api.wifi;

import com.atrium.wifi.AccountingReceipt;
import com.atrium.wifi.WifiGate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Accounting reports of the controller's sessions; idempotent by acct session id (totals only
 * grow). The answer says whether to disconnect: the member's quota of the day is used up.
 */
@Path("v1/wifi/accounting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WifiAccountingResource {

  @EJB WifiGate wifi;

  @POST
  public AccountingReceipt report(@NotNull @Valid AccountingBody body) {
    return wifi.account(
        body.acctSessionId,
        body.type,
        body.mac,
        body.inputBytes,
        body.outputBytes,
        body.sessionSeconds);
  }
}
