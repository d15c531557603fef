package com.atrium.earning;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/** The points a sale earns and why: each rule's contribution, summing to the total. */
public record Evaluation(long points, List<Contribution> contributions) {

  /** Looked up once: each JSON.createXxx() call searches the class path for a provider again. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public Evaluation {
    contributions = List.copyOf(contributions);
    long sum = contributions.stream().mapToLong(Contribution::points).sum();
    if (sum != points) {
      throw new IllegalArgumentException("contributions sum to " + sum + ", not " + points);
    }
  }

  /** The stored explanation: {"rules":[{"rule":..,"multiplier":..,"points":..}],"total":..}. */
  public String toJson() {
    JsonArrayBuilder rules = JSON.createArrayBuilder();
    for (Contribution c : contributions) {
      var rule = JSON.createObjectBuilder().add("rule", c.rule());
      if (c.multiplier() != null) {
        rule.add("multiplier", c.multiplier());
      }
      rules.add(rule.add("points", c.points()));
    }
    return JSON.createObjectBuilder().add("rules", rules).add("total", points).build().toString();
  }

  public static Evaluation fromJson(String json) {
    JsonObject o = JSON.createReader(new StringReader(json)).readObject();
    List<Contribution> rules =
        o.getJsonArray("rules").stream()
            .map(JsonValue::asJsonObject)
            .map(
                r ->
                    new Contribution(
                        r.getString("rule"),
                        r.containsKey("multiplier") ? r.getString("multiplier") : null,
                        r.getJsonNumber("points").longValue()))
            .toList();
    return new Evaluation(o.getJsonNumber("total").longValue(), rules);
  }
}
