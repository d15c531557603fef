package com.atrium.earning;

import com.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The content of one version of the earning rules, as data: stored as a JSON document in {@code
 * earning_rule_set.rules}, evaluated by {@link RuleEvaluator}. Valid once constructed.
 *
 * @param categoryMultipliers by {@link com.atrium.tenant.Category} name
 * @param tenantMultipliers by tenant code; a tenant's own multiplier replaces its category's
 * @param tierMultipliers by tier code
 * @param birthdayMultiplier applies in the member's birthday month; 1 for none
 * @param capPerTransaction null for no cap
 * @param capPerMemberPerDay null for no cap; a mall day in the mall's zone
 */
public record EarningRuleSet(
    BigDecimal baseRate,
    BigDecimal minimumSpend,
    Long capPerTransaction,
    Long capPerMemberPerDay,
    Map<String, BigDecimal> categoryMultipliers,
    Map<String, BigDecimal> tenantMultipliers,
    Map<String, BigDecimal> tierMultipliers,
    BigDecimal birthdayMultiplier,
    Set<String> excludedTenants,
    List<Campaign> campaigns) {

  public EarningRuleSet {
    if (baseRate == null || baseRate.signum() < 0) {
      throw invalid("baseRate", "The base rate is zero or more points per CNY");
    }
    if (minimumSpend == null || minimumSpend.signum() < 0) {
      throw invalid("minimumSpend", "The minimum spend is zero or more");
    }
    if (capPerTransaction != null && capPerTransaction < 0) {
      throw invalid("capPerTransaction", "A cap is zero or more points");
    }
    if (capPerMemberPerDay != null && capPerMemberPerDay < 0) {
      throw invalid("capPerMemberPerDay", "A cap is zero or more points");
    }
    baseRate = baseRate.stripTrailingZeros();
    minimumSpend = minimumSpend.setScale(2, RoundingMode.UNNECESSARY);
    categoryMultipliers = sorted(categoryMultipliers, "category");
    tenantMultipliers = sorted(tenantMultipliers, "tenant");
    tierMultipliers = sorted(tierMultipliers, "tier");
    birthdayMultiplier =
        birthdayMultiplier == null ? BigDecimal.ONE : birthdayMultiplier.stripTrailingZeros();
    if (birthdayMultiplier.signum() < 0) {
      throw invalid("birthdayMultiplier", "The birthday multiplier is zero or more");
    }
    excludedTenants = Set.copyOf(new TreeSet<>(excludedTenants));
    campaigns = List.copyOf(campaigns);
    Set<String> codes = new TreeSet<>();
    for (Campaign c : campaigns) {
      if (!codes.add(c.code())) {
        throw invalid("campaigns", "Campaign " + c.code() + " appears twice");
      }
    }
  }

  /** Rules that cannot be used: RULES_INVALID, with the part at fault. */
  private static DomainException invalid(String field, String message) {
    return DomainException.invalid(RULES_INVALID, field, message);
  }

  public static final String RULES_INVALID = "RULES_INVALID";

  private static Map<String, BigDecimal> sorted(Map<String, BigDecimal> m, String what) {
    Map<String, BigDecimal> copy = new TreeMap<>();
    m.forEach(
        (k, v) -> {
          if (k == null || k.isBlank() || v == null || v.signum() < 0) {
            throw invalid(
                what + "Multipliers", "A " + what + " multiplier is a code and a value >= 0");
          }
          copy.put(k.trim(), v.stripTrailingZeros());
        });
    return Collections.unmodifiableMap(copy);
  }

  /** A copy of these rules with another base rate (a mall's own). */
  public EarningRuleSet withBaseRate(BigDecimal rate) {
    return new EarningRuleSet(
        rate,
        minimumSpend,
        capPerTransaction,
        capPerMemberPerDay,
        categoryMultipliers,
        tenantMultipliers,
        tierMultipliers,
        birthdayMultiplier,
        excludedTenants,
        campaigns);
  }

  /** A copy of these rules with other campaigns. */
  public EarningRuleSet withCampaigns(List<Campaign> others) {
    return new EarningRuleSet(
        baseRate,
        minimumSpend,
        capPerTransaction,
        capPerMemberPerDay,
        categoryMultipliers,
        tenantMultipliers,
        tierMultipliers,
        birthdayMultiplier,
        excludedTenants,
        others);
  }

  public String toJson() {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("baseRate", baseRate.stripTrailingZeros().toPlainString())
            .add("minimumSpend", minimumSpend.toPlainString());
    if (capPerTransaction != null) {
      o.add("capPerTransaction", capPerTransaction);
    }
    if (capPerMemberPerDay != null) {
      o.add("capPerMemberPerDay", capPerMemberPerDay);
    }
    o.add("categoryMultipliers", map(categoryMultipliers))
        .add("tenantMultipliers", map(tenantMultipliers))
        .add("tierMultipliers", map(tierMultipliers))
        .add("birthdayMultiplier", birthdayMultiplier.stripTrailingZeros().toPlainString())
        .add("excludedTenants", array(excludedTenants));
    JsonArrayBuilder cs = Json.createArrayBuilder();
    for (Campaign c : campaigns) {
      JsonObjectBuilder b =
          Json.createObjectBuilder()
              .add("code", c.code())
              .add("name", c.name())
              .add("startsAt", c.startsAt().toString())
              .add("endsAt", c.endsAt().toString())
              .add("tenants", array(c.tenants()))
              .add("categories", array(c.categories()));
      if (c.multiplier() != null) {
        b.add("multiplier", c.multiplier().stripTrailingZeros().toPlainString());
      }
      cs.add(b.add("bonus", c.bonus()).add("budget", c.budget()));
    }
    return o.add("campaigns", cs).build().toString();
  }

  /**
   * Reads a draft an operator wrote (portal or REST); anything wrong with it is an INVALID {@link
   * com.atrium.platform.DomainException} with code RULES_INVALID naming what is wrong.
   */
  public static EarningRuleSet parse(String json) {
    try {
      return fromJson(json);
    } catch (DomainException e) {
      // a campaign's own code stays in the message; the document as a whole is refused
      throw e.code().equals(RULES_INVALID)
          ? e
          : DomainException.invalid(RULES_INVALID, "rules", e.getMessage());
    } catch (IllegalArgumentException
        | ArithmeticException
        | NullPointerException
        | ClassCastException
        | DateTimeParseException
        | JsonException e) {
      throw DomainException.invalid(
          RULES_INVALID, "rules", "The rules are not valid: " + e.getMessage());
    }
  }

  public static EarningRuleSet fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    return new EarningRuleSet(
        new BigDecimal(o.getString("baseRate")),
        new BigDecimal(o.getString("minimumSpend", "0")),
        o.containsKey("capPerTransaction")
            ? o.getJsonNumber("capPerTransaction").longValue()
            : null,
        o.containsKey("capPerMemberPerDay")
            ? o.getJsonNumber("capPerMemberPerDay").longValue()
            : null,
        map(o.getJsonObject("categoryMultipliers")),
        map(o.getJsonObject("tenantMultipliers")),
        map(o.getJsonObject("tierMultipliers")),
        new BigDecimal(o.getString("birthdayMultiplier", "1")),
        strings(o.getJsonArray("excludedTenants")),
        o.getJsonArray("campaigns").stream()
            .map(JsonValue::asJsonObject)
            .map(
                c ->
                    new Campaign(
                        c.getString("code"),
                        c.getString("name"),
                        Instant.parse(c.getString("startsAt")),
                        Instant.parse(c.getString("endsAt")),
                        strings(c.getJsonArray("tenants")),
                        strings(c.getJsonArray("categories")),
                        c.containsKey("multiplier")
                            ? new BigDecimal(c.getString("multiplier"))
                            : null,
                        c.getJsonNumber("bonus").longValue(),
                        c.getJsonNumber("budget").longValue()))
            .toList());
  }

  private static JsonObjectBuilder map(Map<String, BigDecimal> m) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    m.forEach((k, v) -> b.add(k, v.stripTrailingZeros().toPlainString()));
    return b;
  }

  private static JsonArrayBuilder array(Set<String> s) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    new TreeSet<>(s).forEach(b::add);
    return b;
  }

  private static Map<String, BigDecimal> map(JsonObject o) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    if (o != null) {
      o.forEach((k, v) -> m.put(k, new BigDecimal(((JsonString) v).getString())));
    }
    return m;
  }

  private static Set<String> strings(JsonArray a) {
    return a == null
        ? Set.of()
        : a.getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.toSet());
  }
}
