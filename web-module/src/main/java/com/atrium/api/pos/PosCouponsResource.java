package com.atrium.api.pos;

import com.atrium.redemption.RedemptionReceipt;
import com.atrium.redemption.RedemptionService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Coupons at the till of the tenant that provides the reward: look one up before honouring it, then
 * verify (核销) it. Another tenant's coupon answers as an unknown code. The contract is docs/api.md's
 * document.
 */
@Path("/v1/pos/coupons/{code}")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PosCouponsResource {

  @EJB RedemptionService redemptions;

  @GET
  public CouponResult get(@PathParam("code") String code) {
    return CouponResult.of(redemptions.couponAtTill(code));
  }

  /** 200 with the verified coupon; a retry by the same key is answered again as a replay. */
  @POST
  @Path("verification")
  public Response verify(@PathParam("code") String code) {
    RedemptionReceipt r = redemptions.verifyAtTill(code);
    return Response.ok(CouponResult.of(r)).header(Replays.REPLAYED, r.replayed()).build();
  }
}
