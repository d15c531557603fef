package com.atrium.api.operator;

import com.atrium.api.ClearingJson;
import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.DisputeStatus;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/**
 * Finance's answer to a tenant's dispute of its statement (docs/clearing.md, "Tenant statements and
 * disputes"); a run's disputes are listed under the run.
 */
@Path("/v1/operator/clearing/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ClearingDisputesResource {

  @EJB ClearingDisputes disputes;

  @POST
  @Path("{id}/answer")
  public String answer(@PathParam("id") long id, String body) {
    JsonObject o = JsonBodies.object(body);
    return ClearingJson.dispute(disputes.answer(id, outcome(o), correction(o), comment(o)))
        .build()
        .toString();
  }

  private static DisputeStatus outcome(JsonObject o) {
    if (o.get("outcome") instanceof JsonString s) {
      if (s.getString().equals("ACCEPTED")) {
        return DisputeStatus.ACCEPTED;
      }
      if (s.getString().equals("REJECTED")) {
        return DisputeStatus.REJECTED;
      }
    }
    throw DomainException.invalid("OUTCOME_INVALID", "outcome", "outcome is ACCEPTED or REJECTED");
  }

  /** Absent or null: none (a rejection); its bounds are the service's. */
  private static BigDecimal correction(JsonObject o) {
    JsonValue v = o.get("correction");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonNumber n) {
      BigDecimal d = n.bigDecimalValue();
      if (d.precision() - d.scale() <= 14 && d.scale() <= 14) {
        return d;
      }
    }
    throw DomainException.invalid(
        "CORRECTION_INVALID", "correction", "correction is an amount in CNY, at most 2 decimals");
  }

  private static String comment(JsonObject o) {
    if (o.get("comment") instanceof JsonString s) {
      return s.getString();
    }
    throw DomainException.invalid(
        "COMMENT_INVALID",
        "comment",
        "comment is 1 to " + ClearingDisputes.COMMENT_MAX + " characters");
  }
}
