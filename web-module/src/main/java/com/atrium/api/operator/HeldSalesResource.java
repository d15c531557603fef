package com.atrium.api.operator;

import com.atrium.earning.HeldSaleView;
import com.atrium.earning.HeldSales;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Sales held above their tenant's approval threshold (docs/approvals.md): the operator lists the
 * pending ones of the malls it may see, approves (the points are credited then) or rejects with a
 * reason.
 */
@Path("/v1/operator/held-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class HeldSalesResource {

  @EJB HeldSales held;

  /** The pending held sales, oldest first. */
  @GET
  public HeldSaleList pending(@QueryParam("limit") @DefaultValue("100") int limit) {
    List<HeldSaleView> rows = held.pending(limit);
    return new HeldSaleList(rows.size(), rows);
  }

  @GET
  @Path("{id}")
  public HeldSaleView get(@PathParam("id") long id) {
    return held.get(id);
  }

  @POST
  @Path("{id}/approval")
  public HeldSaleView approve(@PathParam("id") long id, String body) {
    // the body is optional ({} or empty); a malformed one is still refused
    if (body != null && !body.isBlank()) {
      JsonBodies.object(body);
    }
    return held.approve(id);
  }

  @POST
  @Path("{id}/rejection")
  public HeldSaleView reject(@PathParam("id") long id, String body) {
    JsonObject o = JsonBodies.object(body);
    if (o.get("reason") instanceof JsonString s) {
      return held.reject(id, s.getString());
    }
    throw DomainException.invalid(
        "REASON_REQUIRED", "reason", "Give a reason of 1 to 200 characters");
  }

  /** A page of held sales. */
  public record HeldSaleList(int total, List<HeldSaleView> heldSales) {}
}
