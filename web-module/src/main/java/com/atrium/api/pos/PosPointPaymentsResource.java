package com.atrium.api.pos;

import com.atrium.api.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Points taken as cash at the signing key's tenant's till. */
@Path("/v1/pos/point-payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "POS")
@ApplicationScoped
public class PosPointPaymentsResource {

  @EJB PointPaymentService payments;

  @POST
  @Operation(
      summary = "Pay (part of) a bill with a member's points",
      description =
          "Points are worth the mall's configured point value; they may pay at most the configured"
              + " share of the bill (atrium.points-as-cash.max-share, default 50%), at tenants that"
              + " accept points. Idempotent like a sale: the payment reference (and the"
              + " Idempotency-Key header, when sent) identify it; a replay answers with the original"
              + " and Idempotent-Replayed: true; a different body with the same reference or key"
              + " gets 409.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = PointPaymentResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input; points above the bill's share (POINTS_EXCEED_MAX_SHARE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown member",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Not enough points; tenant does not accept points; reference or key reused",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response pay(
      @NotNull @Valid PointPaymentBody body,
      @Parameter(description = "Optional client key making the post idempotent (1-100 chars)")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey) {
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
