package com.atrium.api.pos;

import com.atrium.redemption.PointPaymentReceipt;
import com.atrium.redemption.PointPaymentService;
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

/** Points taken as cash at the signing key's tenant's till. */
@Path("/v1/pos/point-payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PosPointPaymentsResource {

  @EJB PointPaymentService payments;

  @POST
  public Response pay(
      @NotNull @Valid PointPaymentBody body,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    PointPaymentReceipt r =
        payments.pay(
            body.phone,
            body.cardNumber,
            body.paymentReference,
            body.billAmount,
            body.points,
            idempotencyKey);
    return Replays.created(r.replayed(), PointPaymentResult.of(r));
  }
}
