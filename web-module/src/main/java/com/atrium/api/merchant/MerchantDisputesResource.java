package com.atrium.api.merchant;

import com.atrium.api.ClearingJson;
import com.atrium.clearing.ClearingDisputes;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A tenant manager's own disputes, newest first, with finance's answers. */
@Path("/v1/merchant/clearing/disputes")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MerchantDisputesResource {

  @EJB ClearingDisputes disputes;

  @GET
  public String list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    return ClearingJson.disputes(
        disputes.own(ClearingJson.offset(offset), ClearingJson.limit(limit)));
  }
}
