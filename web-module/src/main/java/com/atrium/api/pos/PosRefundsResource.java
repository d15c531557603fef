package com.atrium.api.pos;

import com.atrium.redemption.RefundReceipt;
import com.atrium.redemption.RefundService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Refunds of the signing key's tenant's sales; they take the sale's points back. */
@Path("/v1/pos/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PosRefundsResource {

  @EJB RefundService refunds;

  @POST
  public Response refund(
      @NotNull @Valid RefundBody body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    RefundReceipt r =
        refunds.refund(body.receiptNumber, body.refundReference, body.amount, idempotencyKey);
    return Replays.created(r.replayed(), RefundResult.of(r));
  }
}
