package com.atrium.earning;

import com.atrium.platform.DomainException;
import com.atrium.platform.Money;
import com.atrium.platform.Points;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /** The largest base rate or multiplier, so that no sale's points can overflow. */
  public static final BigDecimal MAX_FACTOR = new BigDecimal("1000");

  private static final BigDecimal MAX_MINIMUM_SPEND = new BigDecimal(Money.MAX_TEXT);

  /** Decimal places a rate or multiplier may have. */
  public static final int FACTOR_SCALE = 4;

  /** Most campaigns one version may hold (each is a term of the simulation's SQL). */
  public static final int MAX_CAMPAIGNS = 100;

  /** Most codes one multiplier table or the exclusion list may hold. */
  public static final int MAX_CODES = 1000;

  public EarningRuleSet {
    if (baseRate == null || !isFactor(baseRate)) {
      throw invalid("baseRate", "The base rate is 0 to 1000 points per CNY, at most 4 decimals");
    }
    if (minimumSpend == null
        || minimumSpend.signum() < 0
        || minimumSpend.compareTo(MAX_MINIMUM_SPEND) > 0
        || minimumSpend.stripTrailingZeros().scale() > 2) {
      throw invalid("minimumSpend", "The minimum spend is 0 to 1,000,000.00 CNY");
    }
    if (capPerTransaction != null && (capPerTransaction < 0 || capPerTransaction > Points.MAX)) {
      throw invalid("capPerTransaction", "A cap is 0 to 100,000,000 points");
    }
    if (capPerMemberPerDay != null && (capPerMemberPerDay < 0 || capPerMemberPerDay > Points.MAX)) {
      throw invalid("capPerMemberPerDay", "A cap is 0 to 100,000,000 points");
    }
    baseRate = baseRate.stripTrailingZeros();
    minimumSpend = minimumSpend.setScale(2, RoundingMode.UNNECESSARY);
    categoryMultipliers = sorted(categoryMultipliers, "category");
    tenantMultipliers = sorted(tenantMultipliers, "tenant");
    tierMultipliers = sorted(tierMultipliers, "tier");
    birthdayMultiplier =
        birthdayMultiplier == null ? BigDecimal.ONE : birthdayMultiplier.stripTrailingZeros();
    if (!isFactor(birthdayMultiplier)) {
      throw invalid(
          "birthdayMultiplier", "The birthday multiplier is 0 to 1000, at most 4 decimals");
    }
    excludedTenants = Set.copyOf(new TreeSet<>(excludedTenants));
    if (excludedTenants.size() > MAX_CODES) {
      throw invalid("excludedTenants", "At most " + MAX_CODES + " excluded tenants");
    }
    campaigns = List.copyOf(campaigns);
    if (campaigns.size() > MAX_CAMPAIGNS) {
      throw invalid("campaigns", "At most " + MAX_CAMPAIGNS + " campaigns in one version");
    }
    Set<String> codes = new TreeSet<>();
    for (Campaign c : campaigns) {
      if (!codes.add(c.code())) {
        throw invalid("campaigns", "Campaign " + c.code() + " appears twice");
      }
    }
  }

  /** A rate or multiplier the evaluator can apply to any sale without overflow: 0 to 1000. */
  static boolean isFactor(BigDecimal d) {
    return d.signum() >= 0
        && d.compareTo(MAX_FACTOR) <= 0
        && d.stripTrailingZeros().scale() <= FACTOR_SCALE;
  }

  /** Rules that cannot be used: RULES_INVALID, with the part at fault. */
  private static DomainException invalid(String field, String message) {
    return DomainException.invalid(RULES_INVALID, field, message);
  }

  public static final String RULES_INVALID = "RULES_INVALID";

  private static Map<String, BigDecimal> sorted(Map<String, BigDecimal> m, String what) {
    if (m.size() > MAX_CODES) {
      throw invalid(what + "Multipliers", "At most " + MAX_CODES + " " + what + " multipliers");
    }
    Map<String, BigDecimal> copy = new TreeMap<>();
    m.forEach(
        (k, v) -> {
          if (k == null || k.isBlank() || k.length() > 32 || v == null || !isFactor(v)) {
            throw invalid(
                what + "Multipliers",
                "A " + what + " multiplier is a code (1 to 32 characters) and a value 0 to 1000");
          }
          copy.put(k.trim(), v.stripTrailingZeros());
        });
    return Collections.unmodifiableMap(copy);
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
      b.add("bonus", c.bonus()).add("budget", c.budget());
      if (c.fundedBy() != null) {
        b.add("fundedBy", c.fundedBy());
      }
      cs.add(b);
    }
    return o.add("campaigns", cs).build().toString();
  }

  /**
   * Reads a draft an operator wrote (portal or REST); anything wrong with it is an INVALID {@link
   * com.atrium.platform.DomainException} with code RULES_INVALID naming what is wrong.
   */
  public static EarningRuleSet parse(String json) {
    JsonValue document;
    try {
      document = Json.createReader(new StringReader(json)).readValue();
    } catch (RuntimeException e) {
      // a JsonException, or the bare RuntimeException Parsson throws for input nested too deeply
      throw invalid("rules", "The rules are a JSON object");
    }
    return parse(document);
  }

  /** {@link #parse(String)} of a document already read, e.g. a part of a request body. */
  public static EarningRuleSet parse(JsonValue rules) {
    try {
      return fromJson(RulesDocument.object(rules, "rules"));
    } catch (DomainException e) {
      // a campaign's own code stays in the message; the document as a whole is refused
      throw e.code().equals(RULES_INVALID)
          ? e
          : DomainException.invalid(RULES_INVALID, "rules", e.getMessage());
    }
  }

  /** The rules as stored by {@link #toJson()}; refuses anything else like {@link #parse}. */
  public static EarningRuleSet fromJson(String json) {
    return parse(json);
  }

  private static EarningRuleSet fromJson(JsonObject o) {
    List<JsonObject> campaigns = RulesDocument.objects(o, "campaigns", MAX_CAMPAIGNS);
    List<Campaign> read = new java.util.ArrayList<>();
    for (int i = 0; i < campaigns.size(); i++) {
      read.add(RulesDocument.campaign(campaigns.get(i), i + 1));
    }
    return new EarningRuleSet(
        RulesDocument.decimal(o, "baseRate", null),
        RulesDocument.decimal(o, "minimumSpend", BigDecimal.ZERO),
        RulesDocument.whole(o, "capPerTransaction", null),
        RulesDocument.whole(o, "capPerMemberPerDay", null),
        RulesDocument.multipliers(o, "categoryMultipliers"),
        RulesDocument.multipliers(o, "tenantMultipliers"),
        RulesDocument.multipliers(o, "tierMultipliers"),
        RulesDocument.decimal(o, "birthdayMultiplier", BigDecimal.ONE),
        RulesDocument.strings(o, "excludedTenants"),
        read);
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
}
