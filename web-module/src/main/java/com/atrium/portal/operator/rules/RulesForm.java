package com.atrium.portal.operator.rules;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.platform.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A draft of the rules as the edit page shows it: plain values, multipliers as "CODE=1.5" lines,
 * excluded tenants comma-separated and the campaigns as a list edited one at a time in a dialog
 * (docs/earning.md). Times are local to the mall's zone.
 */
public class RulesForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal baseRate;
  private BigDecimal minimumSpend;
  private Long capPerTransaction;
  private Long capPerMemberPerDay;
  private BigDecimal birthdayMultiplier;
  private String categoryMultipliers;
  private String tenantMultipliers;
  private String tierMultipliers;
  private String excludedTenants;
  private final List<CampaignDraft> campaigns = new ArrayList<>();

  static RulesForm of(EarningRuleSet rules, ZoneId zone) {
    RulesForm f = new RulesForm();
    f.baseRate = rules.baseRate();
    f.minimumSpend = rules.minimumSpend();
    f.capPerTransaction = rules.capPerTransaction();
    f.capPerMemberPerDay = rules.capPerMemberPerDay();
    f.birthdayMultiplier = rules.birthdayMultiplier();
    f.categoryMultipliers = lines(rules.categoryMultipliers());
    f.tenantMultipliers = lines(rules.tenantMultipliers());
    f.tierMultipliers = lines(rules.tierMultipliers());
    f.excludedTenants = String.join(", ", new TreeSet<>(rules.excludedTenants()));
    rules.campaigns().stream()
        .sorted(Comparator.comparing(Campaign::startsAt).thenComparing(Campaign::code))
        .map(c -> CampaignDraft.of(c, zone))
        .forEach(f.campaigns::add);
    return f;
  }

  /**
   * The draft as rules; RULES_INVALID (field rules) when something does not parse, CAMPAIGN_...
   * when a campaign is not valid.
   */
  EarningRuleSet toRules(ZoneId zone) {
    List<Campaign> list = campaigns.stream().map(c -> c.toCampaign(zone)).toList();
    return withoutCampaigns().withCampaigns(list);
  }

  private EarningRuleSet withoutCampaigns() {
    try {
      var b =
          Json.createObjectBuilder()
              .add("baseRate", plain(baseRate))
              .add("minimumSpend", plain(minimumSpend == null ? BigDecimal.ZERO : minimumSpend))
              .add("categoryMultipliers", object(categoryMultipliers, "category"))
              .add("tenantMultipliers", object(tenantMultipliers, "tenant"))
              .add("tierMultipliers", object(tierMultipliers, "tier"))
              .add(
                  "birthdayMultiplier",
                  plain(birthdayMultiplier == null ? BigDecimal.ONE : birthdayMultiplier));
      if (capPerTransaction != null) {
        b.add("capPerTransaction", capPerTransaction);
      }
      if (capPerMemberPerDay != null) {
        b.add("capPerMemberPerDay", capPerMemberPerDay);
      }
      var excluded = Json.createArrayBuilder();
      codes(excludedTenants).forEach(excluded::add);
      b.add("excludedTenants", excluded);
      b.add("campaigns", Json.createArrayBuilder());
      return EarningRuleSet.parse(b.build().toString());
    } catch (JsonException | NumberFormatException e) {
      // the parser's own text names Java, not the operator's field
      throw DomainException.invalid(
          "RULES_INVALID", "rules", "A rate or multiplier is a number such as 1.5");
    }
  }

  private static String plain(BigDecimal d) {
    if (d == null) {
      throw DomainException.invalid("RULES_INVALID", "rules", "The base rate is required");
    }
    return d.stripTrailingZeros().toPlainString();
  }

  private static String lines(Map<String, BigDecimal> m) {
    return m.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
        .collect(Collectors.joining("\n"));
  }

  private static JsonObjectBuilder object(String text, String what) {
    Map<String, String> m = new LinkedHashMap<>();
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        String[] kv = line.split("=", 2);
        if (kv.length != 2 || kv[0].isBlank()) {
          throw DomainException.invalid(
              "RULES_INVALID",
              "rules",
              "A " + what + " multiplier is a line CODE=1.5, not: " + line);
        }
        m.put(kv[0].trim().toUpperCase(Locale.ROOT), new BigDecimal(kv[1].trim()).toPlainString());
      }
    }
    var b = Json.createObjectBuilder();
    m.forEach(b::add);
    return b;
  }

  private static Set<String> codes(String text) {
    return text == null
        ? Set.of()
        : Arrays.stream(text.split("[,\\s]+"))
            .filter(s -> !s.isBlank())
            .map(s -> s.trim().toUpperCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
  }

  public BigDecimal getBaseRate() {
    return baseRate;
  }

  public void setBaseRate(BigDecimal v) {
    baseRate = v;
  }

  public BigDecimal getMinimumSpend() {
    return minimumSpend;
  }

  public void setMinimumSpend(BigDecimal v) {
    minimumSpend = v;
  }

  public Long getCapPerTransaction() {
    return capPerTransaction;
  }

  public void setCapPerTransaction(Long v) {
    capPerTransaction = v;
  }

  public Long getCapPerMemberPerDay() {
    return capPerMemberPerDay;
  }

  public void setCapPerMemberPerDay(Long v) {
    capPerMemberPerDay = v;
  }

  public BigDecimal getBirthdayMultiplier() {
    return birthdayMultiplier;
  }

  public void setBirthdayMultiplier(BigDecimal v) {
    birthdayMultiplier = v;
  }

  public String getCategoryMultipliers() {
    return categoryMultipliers;
  }

  public void setCategoryMultipliers(String v) {
    categoryMultipliers = v;
  }

  public String getTenantMultipliers() {
    return tenantMultipliers;
  }

  public void setTenantMultipliers(String v) {
    tenantMultipliers = v;
  }

  public String getTierMultipliers() {
    return tierMultipliers;
  }

  public void setTierMultipliers(String v) {
    tierMultipliers = v;
  }

  public String getExcludedTenants() {
    return excludedTenants;
  }

  public void setExcludedTenants(String v) {
    excludedTenants = v;
  }

  /** The draft's campaigns; the page adds, replaces and removes them through its dialog. */
  public List<CampaignDraft> getCampaigns() {
    return campaigns;
  }
}
