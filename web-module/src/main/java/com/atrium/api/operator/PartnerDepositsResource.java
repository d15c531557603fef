package com.atrium.api.operator;

import com.atrium.partner.DepositView;
import com.atrium.partner.PartnerDesk;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;

/**
 * A prepaid partner's deposit top-up for finance and the admin (docs/partners.md, "Deposit top-ups
 * over the API"): the same {@link PartnerDesk#recordTopUp} as the portal's, recorded once per
 * payment reference — a repeat answers the first top-up (200), another amount under the same
 * reference is 409.
 */
@Path("/v1/operator/partners/{code}/deposit-top-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class PartnerDepositsResource {

  @EJB PartnerDesk desk;

  @POST
  public Response topUp(@PathParam("code") String code, String body, @Context UriInfo uri) {
    JsonObject o = JsonBodies.object(body);
    PartnerDesk.TopUp t = desk.recordTopUp(code, amount(o), reference(o));
    String entity = json(code, t.movement()).build().toString();
    return t.replay()
        ? Response.ok(entity).header("Idempotent-Replayed", "true").build()
        : Response.created(
                uri.getAbsolutePathBuilder().path(String.valueOf(t.movement().id())).build())
            .entity(entity)
            .build();
  }

  private static JsonObjectBuilder json(String code, DepositView m) {
    return Json.createObjectBuilder()
        .add("id", m.id())
        .add("partnerCode", code)
        .add("amount", m.amount())
        .add("reference", m.reference())
        .add("balanceAfter", m.balanceAfter())
        .add("recordedAt", m.at().toString());
  }

  /** A JSON number as written (no rounding); the service judges its bounds and decimals. */
  private static BigDecimal amount(JsonObject o) {
    if (o.get("amount") instanceof JsonNumber n) {
      BigDecimal amount = n.bigDecimalValue();
      // a number like 1e400 is refused before it is ever expanded
      if (amount.precision() - amount.scale() <= 20 && amount.scale() <= 20) {
        return amount;
      }
    }
    throw DomainException.invalid(
        "TOP_UP_AMOUNT_INVALID",
        "amount",
        "amount is a number of CNY above 0 and at most 10000000.00, with at most 2 decimals");
  }

  private static String reference(JsonObject o) {
    if (o.get("reference") instanceof JsonString s) {
      return s.getString();
    }
    throw DomainException.invalid(
        "TOP_UP_REFERENCE_INVALID",
        "reference",
        "reference is the payment's reference: 1 to 64 letters, digits or ._:/-");
  }
}
