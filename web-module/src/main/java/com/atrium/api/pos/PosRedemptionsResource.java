package com.atrium.api.pos;

import com.atrium.api.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reward redemptions by a machine client (a stand-in for the member app until /api/v1/me exists):
 * each client sees and cancels only its own.
 */
@Path("/v1/pos/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "POS")
@ApplicationScoped
public class PosRedemptionsResource {

  @EJB RedemptionService redemptions;

  @POST
  @Operation(
      summary = "Redeem a reward for a member; issues a coupon",
      description =
          "Debits the reward's price, takes one from stock and issues a coupon with an unguessable"
              + " code. Idempotent by the required Idempotency-Key (per client): a replay answers"
              + " with the original, a different body with 409.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = RedemptionResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input or missing Idempotency-Key",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown member or reward",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "INSUFFICIENT_POINTS, OUT_OF_STOCK, REWARD_LIMIT_REACHED, REWARD_NOT_AVAILABLE, key reused",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response redeem(
      @NotNull @Valid RedemptionBody body,
      @Parameter(description = "Client key making the post idempotent (1-100 chars), required")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey) {
    RedemptionReceipt r =
        redemptions.redeem(body.rewardCode, body.phone, body.cardNumber, idempotencyKey);
    return Replays.created(r.replayed(), RedemptionResult.of(r));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A redemption of this client")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = RedemptionResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such redemption of this client",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RedemptionResult get(@PathParam("id") long id) {
    return RedemptionResult.of(redemptions.getOwn(id));
  }

  @GET
  @Path("{id}/qr")
  @Produces("image/png")
  @Operation(summary = "The coupon's QR code (PNG) for the member to show")
  @APIResponse(
      responseCode = "200",
      description = "PNG image",
      content = @Content(mediaType = "image/png"))
  @APIResponse(
      responseCode = "404",
      description = "No such redemption of this client",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response qr(@PathParam("id") long id) {
    return Response.ok(CouponQr.png(redemptions.getOwn(id).couponCode(), 240), "image/png").build();
  }

  @POST
  @Path("{id}/cancellation")
  @Operation(
      summary = "Cancel a redemption: points back, stock restored, coupon void",
      description =
          "A verified coupon cannot be cancelled (409 COUPON_ALREADY_VERIFIED); a repeat is answered with the cancelled redemption.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = RedemptionResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such redemption of this client",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Coupon already verified",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RedemptionResult cancel(@PathParam("id") long id) {
    return RedemptionResult.of(redemptions.cancelOwn(id));
  }
}
