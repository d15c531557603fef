package com.atrium.api.operator;

import com.atrium.earning.EarningRuleService;
import com.atrium.earning.EarningRuleSet;
import com.atrium.earning.RuleScope;
import com.atrium.earning.RuleVersionView;
import com.atrium.earning.Simulation;
import com.atrium.earning.WhatIfSimulator;
import com.atrium.platform.DomainException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The earning rules for operators (marketing, admin; finance reads): the versions, publishing a new
 * one, and the what-if simulation of a draft over a past period. docs/earning.md.
 */
@Path("/v1/operator/earning-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EarningRulesResource {

  @EJB EarningRuleService rules;
  @EJB WhatIfSimulator simulator;

  @GET
  public String versions() {
    JsonArrayBuilder a = Json.createArrayBuilder();
    rules.versions().forEach(v -> a.add(version(v)));
    return a.build().toString();
  }

  @POST
  public Response publish(String body) {
    JsonObject o = JsonBodies.object(body);
    RuleVersionView v =
        rules.publish(
            rules.scopeOf(mall(o)),
            EarningRuleSet.parse(o.get("rules")),
            instant(o, "effectiveFrom", "EFFECTIVE_FROM_INVALID"),
            instant(o, "effectiveTo", "EFFECTIVE_TO_INVALID"),
            note(o));
    return Response.status(201).entity(version(v).build().toString()).build();
  }

  @POST
  @Path("/simulations")
  public String simulate(String body) {
    JsonObject o = JsonBodies.object(body);
    RuleScope scope = rules.scopeOf(mall(o));
    EarningRuleSet draft =
        o.containsKey("rules") && !o.isNull("rules")
            ? EarningRuleSet.parse(o.get("rules"))
            : rules
                .current(scope)
                .orElseThrow(() -> DomainException.notFound("RULES_NOT_FOUND", "No rules in force"))
                .rules();
    Simulation s = simulator.simulate(draft, scope, date(o, "from"), date(o, "to"));
    JsonArrayBuilder tenants = Json.createArrayBuilder();
    for (Simulation.TenantRow t : s.tenants()) {
      tenants.add(
          Json.createObjectBuilder()
              .add("tenantCode", t.tenantCode())
              .add("tenantName", t.tenantName())
              .add("sales", t.sales())
              .add("actual", t.actual())
              .add("simulated", t.simulated())
              .add("simulatedByOperator", t.simulatedByOperator())
              .add("difference", t.difference()));
    }
    return Json.createObjectBuilder()
        .add("from", s.from().toString())
        .add("to", s.to().toString())
        .add("sales", s.sales())
        .add("actual", s.actual())
        .add("simulated", s.simulated())
        .add("simulatedByOperator", s.simulatedByOperator())
        .add("difference", s.difference())
        .add("millis", s.took().toMillis())
        .add("tenants", tenants)
        .build()
        .toString();
  }

  private static JsonObjectBuilder version(RuleVersionView v) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("version", v.version());
    if (v.mallCode() != null) {
      b.add("mall", v.mallCode());
    }
    b.add("inForce", v.inForce()).add("effectiveFrom", v.effectiveFrom().toString());
    if (v.effectiveTo() != null) {
      b.add("effectiveTo", v.effectiveTo().toString());
    }
    if (v.note() != null) {
      b.add("note", v.note());
    }
    return b.add("createdBy", v.createdBy())
        .add("createdAt", v.createdAt().toString())
        .add("rules", Json.createReader(new StringReader(v.rulesJson())).readObject());
  }

  /** An optional instant; present, it is an ISO-8601 string. */
  private static Instant instant(JsonObject o, String field, String code) {
    JsonValue v = o.get(field);
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
        code, field, field + " is an ISO-8601 instant such as 2026-11-11T16:00:00Z");
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

  /** The scope's mall code; absent or null: the caller's default scope. */
  private static String mall(JsonObject o) {
    JsonValue v = o.get("mall");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw DomainException.invalid("MALL_INVALID", "mall", "mall is a mall's code such as CD");
  }

  private static LocalDate date(JsonObject o, String field) {
    try {
      if (o.get(field) instanceof JsonString s) {
        return LocalDate.parse(s.getString());
      }
    } catch (DateTimeParseException e) {
      // refused below, with the field's name
    }
    throw DomainException.invalid("PERIOD_INVALID", field, field + " is a date (yyyy-mm-dd)");
  }
}
