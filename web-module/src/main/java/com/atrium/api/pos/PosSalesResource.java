package com.atrium.api.pos;

import com.atrium.api.problem.Problem;
import com.atrium.earning.SaleReceipt;
import com.atrium.earning.SaleService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sales posted by a tenant's POS; the tenant is the signing key's, never a parameter. */
@Path("/v1/pos/sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "POS")
@ApplicationScoped
public class PosSalesResource {

  @EJB SaleService sales;

  @POST
  @Operation(
      summary = "Record a sale through a member",
      description =
          "Credits the member with points at the tenant's configured rate. Idempotent: the tenant's"
              + " receipt number (and the Idempotency-Key header, when sent) identify the sale; a"
              + " replay answers with the original result and the header Idempotent-Replayed: true;"
              + " the same receipt or key with a different body is rejected with 409.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded (or replayed)",
      content = @Content(schema = @Schema(implementation = SaleResult.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid input",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(
      responseCode = "404",
      description = "Unknown member",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Receipt or key reused with a different body; tenant inactive",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response record(
      @NotNull @Valid SaleBody request,
      @Parameter(description = "Optional client key making the post idempotent (1-100 chars)")
          @HeaderParam("Idempotency-Key")
          String idempotencyKey,
      @Context UriInfo uri) {
    SaleReceipt receipt = sales.record(request.toRequest(idempotencyKey));
    return Replays.created(
        uri.getAbsolutePathBuilder().path(String.valueOf(receipt.saleId())).build(),
        receipt.replayed(),
        SaleResult.of(receipt));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A sale of this tenant")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SaleResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such sale at this tenant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public SaleResult get(@PathParam("id") long id) {
    return SaleResult.of(sales.get(id));
  }
}
