package com.atrium.api.partner;

import com.atrium.api.ClearingJson;
import com.atrium.partner.LinkReceipt;
import com.atrium.partner.LinkedBalance;
import com.atrium.partner.PartnerExchange;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The signing partner's links between its member references and mall members: request (a code to
 * the member's phone, the same answer whether or not the phone is a member's), confirmation,
 * unlinking, and a linked member's balance.
 */
@Path("v1/partner/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PartnerLinksResource {

  @EJB PartnerExchange partners;

  @POST
  public Response request(@NotNull @Valid LinkRequestBody body) {
    LinkReceipt r = partners.requestLink(body.memberRef, body.phone);
    return Response.accepted(r).build();
  }

  @POST
  @Path("{memberRef}/confirmation")
  public LinkReceipt confirm(
      @PathParam("memberRef") String memberRef, @NotNull @Valid LinkConfirmationBody body) {
    return partners.confirmLink(memberRef, body.code);
  }

  @DELETE
  @Path("{memberRef}")
  public LinkReceipt unlink(@PathParam("memberRef") String memberRef) {
    return partners.unlink(memberRef);
  }

  @GET
  @Path("{memberRef}/balance")
  public LinkedBalance balance(@PathParam("memberRef") String memberRef) {
    return partners.balance(memberRef);
  }

  /** Grants a page holds when the partner asks for no size, on REST and SOAP: as before paging. */
  public static final int DEFAULT_RIGHTS_LIMIT = 100;

  /** One page of the partner's grants of rights to this member reference, newest first. */
  @GET
  @Path("{memberRef}/rights")
  public RightResult.Page rights(
      @PathParam("memberRef") String memberRef,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return RightResult.Page.of(
        partners.rightsOf(
            memberRef,
            ClearingJson.offset(offset),
            ClearingJson.number(limit, DEFAULT_RIGHTS_LIMIT, "limit", "LIMIT_INVALID")));
  }
}
