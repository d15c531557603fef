package com.atrium.api.partner;

import com.atrium.partner.ExchangeReceipt;
import com.atrium.partner.PartnerExchange;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * The signing partner's exchanges, each identified by the partner's transaction id: in (partner
 * units to mall points), out (mall points to partner units, pending until confirmed or rejected),
 * status, reversal. Every write is idempotent by the transaction id: a repeat answers the original
 * with {@code Idempotent-Replayed: true}, another body under the same id is 409.
 */
@Path("v1/partner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PartnerExchangesResource {

  static final String REPLAYED = "Idempotent-Replayed";

  @EJB PartnerExchange partners;

  @POST
  @Path("inbound-exchanges")
  public Response exchangeIn(@NotNull @Valid InboundExchangeBody body) {
    return created(partners.exchangeIn(body.partnerTxnId, body.memberRef, body.partnerAmount));
  }

  @POST
  @Path("outbound-exchanges")
  public Response exchangeOut(@NotNull @Valid OutboundExchangeBody body) {
    return created(partners.exchangeOut(body.partnerTxnId, body.memberRef, body.points));
  }

  @GET
  @Path("exchanges/{partnerTxnId}")
  public ExchangeResult status(@PathParam("partnerTxnId") String partnerTxnId) {
    return ExchangeResult.of(partners.status(partnerTxnId));
  }

  @POST
  @Path("exchanges/{partnerTxnId}/confirmation")
  public Response confirm(@PathParam("partnerTxnId") String partnerTxnId) {
    return ok(partners.confirm(partnerTxnId));
  }

  @POST
  @Path("exchanges/{partnerTxnId}/rejection")
  public Response reject(@PathParam("partnerTxnId") String partnerTxnId) {
    return ok(partners.reject(partnerTxnId));
  }

  @POST
  @Path("exchanges/{partnerTxnId}/reversal")
  public Response reverse(@PathParam("partnerTxnId") String partnerTxnId) {
    return ok(partners.reverse(partnerTxnId));
  }

  private static Response created(ExchangeReceipt r) {
    return Response.created(
            UriBuilder.fromPath("/api/v1/partner/exchanges/{id}").build(r.partnerTxnId()))
        .header(REPLAYED, r.replayed())
        .entity(ExchangeResult.of(r))
        .build();
  }

  private static Response ok(ExchangeReceipt r) {
    return Response.ok(ExchangeResult.of(r)).header(REPLAYED, r.replayed()).build();
  }
}
