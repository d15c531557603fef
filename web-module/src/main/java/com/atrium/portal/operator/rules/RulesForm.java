package com.atrium.portal.operator.rules;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.platform.DomainException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A draft of the rules as the edit page shows it: plain values, the multipliers as rows of (code
 * picked from the known ones, multiplier), the excluded tenants picked from the tenants, and the
 * campaigns as a list edited one at a time in a dialog (docs/earning.md). Times are local to the
 * mall's zone. A row picks each code once; a second row with the same code is refused at its picker
 * ({@link #duplicates()}).
 */
public class RulesForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The multiplier tables, by the part of the rules they fill (as the API names it). */
  public static final String CATEGORIES = "categoryMultipliers";

  public static final String TIERS = "tierMultipliers";
  public static final String TENANTS = "tenantMultipliers";

  private BigDecimal baseRate;
  private BigDecimal minimumSpend;
  private Long capPerTransaction;
  private Long capPerMemberPerDay;
  private BigDecimal birthdayMultiplier;
  private final List<MultiplierRow> categoryRows = new ArrayList<>();
  private final List<MultiplierRow> tierRows = new ArrayList<>();
  private final List<MultiplierRow> tenantRows = new ArrayList<>();
  private List<String> excludedTenants = new ArrayList<>();
  private final List<CampaignDraft> campaigns = new ArrayList<>();

  static RulesForm of(EarningRuleSet rules, ZoneId zone) {
    RulesForm f = new RulesForm();
    f.baseRate = rules.baseRate();
    f.minimumSpend = rules.minimumSpend();
    f.capPerTransaction = rules.capPerTransaction();
    f.capPerMemberPerDay = rules.capPerMemberPerDay();
    f.birthdayMultiplier = rules.birthdayMultiplier();
    rows(rules.categoryMultipliers(), f.categoryRows);
    rows(rules.tierMultipliers(), f.tierRows);
    rows(rules.tenantMultipliers(), f.tenantRows);
    f.excludedTenants = new ArrayList<>(new TreeSet<>(rules.excludedTenants()));
    rules.campaigns().stream()
        .sorted(Comparator.comparing(Campaign::startsAt).thenComparing(Campaign::code))
        .map(c -> CampaignDraft.of(c, zone))
        .forEach(f.campaigns::add);
    return f;
  }

  private static void rows(Map<String, BigDecimal> m, List<MultiplierRow> rows) {
    new TreeMap<>(m).forEach((k, v) -> rows.add(new MultiplierRow(k, v)));
  }

  /**
   * The draft as rules; RULES_INVALID at the part when a value is out of bounds (the rule set's own
   * checks), CAMPAIGN_... when a campaign is not valid. A row without a code is left out; a row
   * with a code and no multiplier is refused by the page's {@code required}.
   */
  EarningRuleSet toRules(ZoneId zone) {
    if (baseRate == null) {
      throw DomainException.invalid("RULES_INVALID", "baseRate", "The base rate is required");
    }
    List<Campaign> list = campaigns.stream().map(c -> c.toCampaign(zone)).toList();
    return new EarningRuleSet(
        baseRate,
        minimumSpend == null ? BigDecimal.ZERO : minimumSpend,
        capPerTransaction,
        capPerMemberPerDay,
        map(categoryRows),
        map(tenantRows),
        map(tierRows),
        birthdayMultiplier == null ? BigDecimal.ONE : birthdayMultiplier,
        excludedTenants == null ? Set.of() : new TreeSet<>(excludedTenants),
        list);
  }

  private static Map<String, BigDecimal> map(List<MultiplierRow> rows) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (MultiplierRow r : rows) {
      if (r.getCode() != null && !r.getCode().isBlank() && r.getMultiplier() != null) {
        m.put(r.getCode(), r.getMultiplier());
      }
    }
    return m;
  }

  /**
   * The rows whose code an earlier row of the same table already has, by table ({@link
   * #CATEGORIES}, {@link #TIERS}, {@link #TENANTS}) and row index: the page refuses them at their
   * picker, as two multipliers for one code would leave one of them unused.
   */
  Map<String, List<Integer>> duplicates() {
    Map<String, List<Integer>> found = new LinkedHashMap<>();
    duplicates(CATEGORIES, categoryRows, found);
    duplicates(TIERS, tierRows, found);
    duplicates(TENANTS, tenantRows, found);
    return found;
  }

  private static void duplicates(
      String table, List<MultiplierRow> rows, Map<String, List<Integer>> found) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i).getCode();
      if (code != null && !code.isBlank() && !seen.add(code)) {
        found.computeIfAbsent(table, t -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The rows of a table ({@link #CATEGORIES}, {@link #TIERS}, {@link #TENANTS}). */
  public List<MultiplierRow> rows(String table) {
    return switch (table) {
      case CATEGORIES -> categoryRows;
      case TIERS -> tierRows;
      case TENANTS -> tenantRows;
      default -> throw new IllegalArgumentException(table);
    };
  }

  /** Adds a row with the first of the choices no row of the table has yet, multiplier 1. */
  void addRow(String table, List<String> choices) {
    List<MultiplierRow> rows = rows(table);
    Set<String> used = new HashSet<>();
    rows.forEach(r -> used.add(r.getCode()));
    String code = choices.stream().filter(c -> !used.contains(c)).findFirst().orElse(null);
    rows.add(new MultiplierRow(code, BigDecimal.ONE));
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

  public List<MultiplierRow> getCategoryRows() {
    return categoryRows;
  }

  public List<MultiplierRow> getTierRows() {
    return tierRows;
  }

  public List<MultiplierRow> getTenantRows() {
    return tenantRows;
  }

  public List<String> getExcludedTenants() {
    return excludedTenants;
  }

  public void setExcludedTenants(List<String> v) {
    excludedTenants = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  /** The draft's campaigns; the page adds, replaces and removes them through its dialog. */
  public List<CampaignDraft> getCampaigns() {
    return campaigns;
  }
}
