package com.atrium.api.pos;

import com.atrium.api.problem.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Refunds of the signing key's tenant's sales; they take the sale's points back. */
@Path("/v1/pos/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "POS")
@ApplicationScoped
public class PosRefundsResource {

  @EJB RefundService refunds;

  @POST
  @Operation(
      summary = "Refund (part of) a sale",
      description =
          "A full refund takes back all the sale's points, a partial one floor(points × refunded"
              + " total / sale amount) minus what earlier refunds took. Points already spent are"
              + " settled by atrium.refund.policy (docs/redemption.md). Idempotent by refund"
              + " reference or Idempotency-Key; a replay answers with the original, a different"
              + " body with 409.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = RefundResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input; refunds above the sale's amount (REFUND_EXCEEDS_SALE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such sale at this tenant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Reference or key reused with a different body",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response refund(
      @NotNull @Valid RefundBody body,
      @Parameter(description = "Client key making the post idempotent (1-100 chars)")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey) {
    RefundReceipt r =
        refunds.refund(body.receiptNumber, body.refundReference, body.amount, idempotencyKey);
    return Replays.created(r.replayed(), RefundResult.of(r));
  }
}
