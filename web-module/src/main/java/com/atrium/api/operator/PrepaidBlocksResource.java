package com.atrium.api.operator;

import com.atrium.api.ClearingJson;
import com.atrium.clearing.BlockPurchaseDraft;
import com.atrium.clearing.BlockPurchaseView;
import com.atrium.clearing.BlockPurchases;
import com.atrium.clearing.PrepaidBlocks;
import com.atrium.clearing.PurchaseRecorded;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A prepaid tenant's blocks of points for finance and the admin: the purchases with the block's
 * standing, and a new purchase (docs/clearing.md, "Prepaid blocks").
 */
@Path("/v1/operator/clearing/tenants/{tenantId}/blocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PrepaidBlocksResource {

  @EJB PrepaidBlocks blocks;

  @GET
  public String list(
      @PathParam("tenantId") long tenantId,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    BlockPurchases b =
        blocks.purchases(tenantId, ClearingJson.offset(offset), ClearingJson.limit(limit));
    JsonArrayBuilder items = Json.createArrayBuilder();
    b.purchases().forEach(p -> items.add(purchase(p)));
    return Json.createObjectBuilder()
        .add("tenantId", b.tenantId())
        .add("tenantCode", b.tenantCode())
        .add("tenantName", b.tenantName())
        .add("settlementMode", b.settlementMode().name())
        .add("balance", b.balance())
        .add("purchases", items)
        .add("offset", b.offset())
        .add("limit", b.limit())
        .add("total", b.total())
        .build()
        .toString();
  }

  @POST
  public Response purchase(
      @PathParam("tenantId") long tenantId, String body, @Context UriInfo uri) {
    JsonObject o = JsonBodies.object(body);
    PurchaseRecorded r =
        blocks.purchase(tenantId, new BlockPurchaseDraft(points(o), reference(o), note(o)));
    String entity = purchase(r.purchase()).build().toString();
    return r.replay()
        ? Response.ok(entity).build()
        : Response.created(
                uri.getAbsolutePathBuilder().path(String.valueOf(r.purchase().id())).build())
            .entity(entity)
            .build();
  }

  private static JsonObjectBuilder purchase(BlockPurchaseView p) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", p.id())
            .add("points", p.points())
            .add("costPerPoint", p.costPerPoint())
            .add("price", p.price())
            .add("reference", p.reference());
    if (p.note() != null) {
      b.add("note", p.note());
    }
    b.add("purchasedBy", p.purchasedBy())
        .add("purchasedAt", p.purchasedAt().toString())
        .add("balanceAfter", p.balanceAfter())
        .add("alertAtOrBelow", p.alertAtOrBelow());
    p.alertedAt().ifPresent(a -> b.add("alertedAt", a.toString()));
    return b;
  }

  /** Whole points; the service checks the bounds. */
  private static long points(JsonObject o) {
    if (o.get("points") instanceof JsonNumber n && n.isIntegral()) {
      try {
        return n.bigIntegerValueExact().longValueExact();
      } catch (ArithmeticException e) {
        // refused below
      }
    }
    throw DomainException.invalid(
        "POINTS_INVALID", "points", "points is a whole number from 1 to 100000000");
  }

  private static String reference(JsonObject o) {
    if (o.get("reference") instanceof JsonString s && s.getString().length() <= 64) {
      return s.getString();
    }
    throw DomainException.invalid(
        "REFERENCE_INVALID", "reference", "reference is the invoice or payment number");
  }

  private static String note(JsonObject o) {
    JsonValue v = o.get("note");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw DomainException.invalid(
        "NOTE_INVALID", "note", "A note is a text of at most 200 characters");
  }
}
