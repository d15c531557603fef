package com.atrium.earning;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points a sale earns and why: each rule's contribution, summing to the total; which rule
 * version was used (null for explanations written before rules were versioned) and how many of the
 * points campaigns fund ({@code operatorPoints}, the campaign points: the operator's campaigns' and
 * those of campaigns the tenant funds, which {@link SaleBook} books to the tenant's campaign
 * account) rather than the tenant's base rate and multipliers.
 */
public record Evaluation(
    long points, List<Contribution> contributions, Integer version, long operatorPoints) {

  /** Looked up once: each JSON.createXxx() call searches the class path for a provider again. */
  private static final JsonProvider JSON = JsonProvider.provider();

  public Evaluation {
    contributions = List.copyOf(contributions);
    long sum = contributions.stream().mapToLong(Contribution::points).sum();
    if (sum != points) {
      throw new IllegalArgumentException("contributions sum to " + sum + ", not " + points);
    }
    if (operatorPoints < 0 || operatorPoints > points) {
      throw new IllegalArgumentException(
          "operator points " + operatorPoints + " outside 0.." + points);
    }
  }

  public Evaluation(long points, List<Contribution> contributions) {
    this(points, contributions, null, 0);
  }

  /** The points the tenant's issuance account funds. */
  public long tenantPoints() {
    return points - operatorPoints;
  }

  /**
   * How many points each campaign is charged: the operator-funded points, given to the campaigns in
   * the order they appear, each at most what it contributed.
   */
  public Map<String, Long> campaignCharges() {
    Map<String, Long> charges = new LinkedHashMap<>();
    long left = operatorPoints;
    for (Contribution c : contributions) {
      if (c.operatorFunded() && c.points() > 0 && left > 0) {
        long take = Math.min(left, c.points());
        charges.merge(c.campaign(), take, Long::sum);
        left -= take;
      }
    }
    return charges;
  }

  /**
   * The stored explanation: {"rules":[{"rule":..,"multiplier":..,"points":..}],"total":..}; the
   * optional "campaign" per rule and "version"/"operatorPoints" at the top are written only when
   * they say something, so older readers keep working.
   */
  public String toJson() {
    JsonArrayBuilder rules = JSON.createArrayBuilder();
    for (Contribution c : contributions) {
      var rule = JSON.createObjectBuilder().add("rule", c.rule());
      if (c.multiplier() != null) {
        rule.add("multiplier", c.multiplier());
      }
      if (c.campaign() != null) {
        rule.add("campaign", c.campaign());
      }
      rules.add(rule.add("points", c.points()));
    }
    var o = JSON.createObjectBuilder().add("rules", rules).add("total", points);
    if (version != null) {
      o.add("version", version);
    }
    if (operatorPoints != 0) {
      o.add("operatorPoints", operatorPoints);
    }
    return o.build().toString();
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
                        r.getJsonNumber("points").longValue(),
                        r.containsKey("campaign") ? r.getString("campaign") : null))
            .toList();
    return new Evaluation(
        o.getJsonNumber("total").longValue(),
        rules,
        o.containsKey("version") ? o.getInt("version") : null,
        o.containsKey("operatorPoints") ? o.getJsonNumber("operatorPoints").longValue() : 0);
  }
}
