package com.atrium.api.partner;

import com.atrium.partner.PartnerExchange;
import com.atrium.partner.RightReceipt;
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
 * The signing partner's rights granted to its linked members (docs/partners.md, "Rights"): grant
 * (idempotent by the partner's grant id: a repeat answers the original with {@code
 * Idempotent-Replayed: true}, another body under the same id is 409 RIGHT_GRANT_CONFLICT), status
 * and revocation. A member reference's grants are listed under its link.
 */
@Path("v1/partner/rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PartnerRightsResource {

  @EJB PartnerExchange partners;

  @POST
  public Response grant(@NotNull @Valid GrantRightBody body) {
    RightReceipt r =
        partners.grantRight(
            body.grantId, body.memberRef, body.rightCode, body.validFrom, body.validUntil);
    return Response.created(UriBuilder.fromPath("/api/v1/partner/rights/{id}").build(r.grantId()))
        .header(PartnerExchangesResource.REPLAYED, r.replayed())
        .entity(RightResult.of(r))
        .build();
  }

  @GET
  @Path("{grantId}")
  public RightResult status(@PathParam("grantId") String grantId) {
    return RightResult.of(partners.right(grantId));
  }

  @POST
  @Path("{grantId}/revocation")
  public Response revoke(@PathParam("grantId") String grantId) {
    RightReceipt r = partners.revokeRight(grantId);
    return Response.ok(RightResult.of(r))
        .header(PartnerExchangesResource.REPLAYED, r.replayed())
        .build();
  }
}
