package com.atrium.api.pos;

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

/** Sales posted by a tenant's POS; the tenant is the signing key's, never a parameter. */
@Path("/v1/pos/sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PosSalesResource {

  @EJB SaleService sales;

  @POST
  public Response record(
      @NotNull @Valid SaleBody request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri) {
    SaleReceipt receipt = sales.record(request.toRequest(idempotencyKey), request.isConfirmed());
    if (receipt.heldSaleId() != null) {
      // held (or rejected), not booked: no sale to point at yet, no points until a manager or
      // operator approves
      return Response.accepted(SaleResult.of(receipt))
          .header(Replays.REPLAYED, receipt.replayed())
          .build();
    }
    return Replays.created(
        uri.getAbsolutePathBuilder().path(String.valueOf(receipt.saleId())).build(),
        receipt.replayed(),
        SaleResult.of(receipt));
  }

  @GET
  @Path("{id}")
  public SaleResult get(@PathParam("id") long id) {
    return SaleResult.of(sales.get(id));
  }
}
