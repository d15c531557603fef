package com.atrium.api.operator;

import com.atrium.clearing.ClearingTerms;
import com.atrium.clearing.SettlementMode;
import com.atrium.clearing.TermsDraft;
import com.atrium.clearing.TermsHistory;
import com.atrium.clearing.TermsVersion;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A tenant's clearing terms for finance and the admin: the history with the version in force, and a
 * new version (docs/clearing.md, "Terms and their history").
 */
@Path("/v1/operator/clearing/tenants/{tenantId}/terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ClearingTermsResource {

  /** More digits than any rate or percentage has: refused before BigDecimal works on them. */
  private static final int MAX_DIGITS = 12;

  @EJB ClearingTerms terms;

  @GET
  public String history(@PathParam("tenantId") long tenantId) {
    TermsHistory h = terms.history(tenantId);
    JsonArrayBuilder versions = Json.createArrayBuilder();
    h.versions().forEach(v -> versions.add(version(v)));
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("tenantId", h.tenantId())
            .add("tenantCode", h.tenantCode())
            .add("tenantName", h.tenantName());
    h.inForce().ifPresent(v -> b.add("inForce", v.version()));
    return b.add("versions", versions).build().toString();
  }

  @POST
  public Response change(@PathParam("tenantId") long tenantId, String body) {
    JsonObject o = JsonBodies.object(body);
    TermsVersion v =
        terms.change(
            tenantId,
            new TermsDraft(
                decimal(o, "costPerPoint", "COST_PER_POINT_INVALID"),
                decimal(o, "reimbursementPerPoint", "REIMBURSEMENT_PER_POINT_INVALID"),
                decimal(o, "clearingFeePercent", "CLEARING_FEE_INVALID"),
                mode(o),
                instant(o),
                note(o)));
    return Response.status(201).entity(version(v).build().toString()).build();
  }

  private static JsonObjectBuilder version(TermsVersion v) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("version", v.version())
            .add("effectiveFrom", v.effectiveFrom().toString())
            .add("costPerPoint", v.costPerPoint())
            .add("reimbursementPerPoint", v.reimbursementPerPoint())
            .add("clearingFeePercent", v.clearingFeePercent())
            .add("settlementMode", v.settlementMode().name());
    if (v.note() != null) {
      b.add("note", v.note());
    }
    return b.add("createdBy", v.createdBy()).add("createdAt", v.createdAt().toString());
  }

  /** A required decimal number; its bounds are the service's to check. */
  private static BigDecimal decimal(JsonObject o, String field, String code) {
    if (o.get(field) instanceof JsonNumber n) {
      BigDecimal d = n.bigDecimalValue();
      if (d.precision() - d.scale() <= MAX_DIGITS && d.scale() <= MAX_DIGITS) {
        return d;
      }
    }
    throw DomainException.invalid(code, field, field + " is a decimal number such as 0.0110");
  }

  private static SettlementMode mode(JsonObject o) {
    if (o.get("settlementMode") instanceof JsonString s) {
      for (SettlementMode m : SettlementMode.values()) {
        if (m.name().equals(s.getString())) {
          return m;
        }
      }
    }
    throw DomainException.invalid(
        "SETTLEMENT_MODE_INVALID", "settlementMode", "settlementMode is POSTPAID or PREPAID");
  }

  /** An optional instant; absent or null: now. */
  private static Instant instant(JsonObject o) {
    JsonValue v = o.get("effectiveFrom");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    try {
      if (v instanceof JsonString s) {
        return Instant.parse(s.getString());
      }
    } catch (DateTimeParseException e) {
      // refused below, with the field's name
    }
    throw DomainException.invalid(
        "EFFECTIVE_FROM_INVALID",
        "effectiveFrom",
        "effectiveFrom is an ISO-8601 instant such as 2026-12-01T00:00:00Z");
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
