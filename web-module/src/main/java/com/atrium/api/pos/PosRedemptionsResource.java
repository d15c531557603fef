package com.atrium.api.pos;

import com.atrium.redemption.CouponQr;
import com.atrium.redemption.RedemptionReceipt;
import com.atrium.redemption.RedemptionService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Reward redemptions by a machine client (a stand-in for the member app until /api/v1/me exists):
 * each client sees and cancels only its own.
 */
@Path("/v1/pos/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PosRedemptionsResource {

  @EJB RedemptionService redemptions;

  @POST
  public Response redeem(
      @NotNull @Valid RedemptionBody body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    RedemptionReceipt r =
        redemptions.redeem(body.rewardCode, body.phone, body.cardNumber, idempotencyKey);
    return Replays.created(r.replayed(), RedemptionResult.of(r));
  }

  @GET
  @Path("{id}")
  public RedemptionResult get(@PathParam("id") long id) {
    return RedemptionResult.of(redemptions.getOwn(id));
  }

  @GET
  @Path("{id}/qr")
  @Produces("image/png")
  public Response qr(@PathParam("id") long id) {
    return Response.ok(CouponQr.png(redemptions.getOwn(id).couponCode(), 240), "image/png").build();
  }

  @POST
  @Path("{id}/cancellation")
  public RedemptionResult cancel(@PathParam("id") long id) {
    return RedemptionResult.of(redemptions.cancelOwn(id));
  }
}
