package com.atrium.portal.operator.rules;

import com.atrium.earning.Campaign;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One campaign as the rules page edits it in its dialog: the window as local date and time in the
 * mall's zone, the scope as lists for the pickers, the reward as an optional multiplier and an
 * optional bonus. {@link #toCampaign} builds the {@link Campaign}, whose own checks refuse what an
 * operator can get wrong and name the field.
 */
public class CampaignDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String name;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private List<String> tenants = new ArrayList<>();
  private List<String> categories = new ArrayList<>();
  private BigDecimal multiplier;
  private Long bonus;
  private Long budget;

  /** The tenant that funds the campaign, or null: the operator does. */
  private String fundedBy;

  /** A new campaign: from tomorrow for a week, a budget of 100,000 points, no reward yet. */
  static CampaignDraft starting(LocalDateTime startsAt) {
    CampaignDraft d = new CampaignDraft();
    d.startsAt = startsAt;
    d.endsAt = startsAt.plusDays(7);
    d.budget = 100_000L;
    return d;
  }

  static CampaignDraft of(Campaign c, ZoneId zone) {
    CampaignDraft d = new CampaignDraft();
    d.code = c.code();
    d.name = c.name();
    d.startsAt = LocalDateTime.ofInstant(c.startsAt(), zone);
    d.endsAt = LocalDateTime.ofInstant(c.endsAt(), zone);
    d.tenants = new ArrayList<>(new TreeSet<>(c.tenants()));
    d.categories = new ArrayList<>(new TreeSet<>(c.categories()));
    d.multiplier = c.multiplier();
    d.bonus = c.bonus() == 0 ? null : c.bonus();
    d.budget = c.budget();
    d.fundedBy = c.fundedBy();
    return d;
  }

  CampaignDraft copy() {
    CampaignDraft d = new CampaignDraft();
    d.code = code;
    d.name = name;
    d.startsAt = startsAt;
    d.endsAt = endsAt;
    d.tenants = new ArrayList<>(tenants);
    d.categories = new ArrayList<>(categories);
    d.multiplier = multiplier;
    d.bonus = bonus;
    d.budget = budget;
    d.fundedBy = fundedBy;
    return d;
  }

  /** The campaign, or {@link Campaign}'s refusal, which names the field to correct. */
  Campaign toCampaign(ZoneId zone) {
    return new Campaign(
        code == null ? null : code.trim().toUpperCase(Locale.ROOT),
        name == null ? null : name.trim(),
        startsAt == null ? null : startsAt.atZone(zone).toInstant(),
        endsAt == null ? null : endsAt.atZone(zone).toInstant(),
        Set.copyOf(tenants),
        Set.copyOf(categories),
        multiplier,
        bonus == null ? 0 : bonus,
        budget == null ? 0 : budget,
        fundedBy);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime v) {
    startsAt = v;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime v) {
    endsAt = v;
  }

  public List<String> getTenants() {
    return tenants;
  }

  public void setTenants(List<String> v) {
    tenants = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> v) {
    categories = v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public BigDecimal getMultiplier() {
    return multiplier;
  }

  public void setMultiplier(BigDecimal v) {
    multiplier = v;
  }

  public Long getBonus() {
    return bonus;
  }

  public void setBonus(Long v) {
    bonus = v;
  }

  public String getFundedBy() {
    return fundedBy;
  }

  /**
   * The funder as the dialog picks it: empty is the operator; a tenant funds a campaign of its own
   * sales only, so its choice makes the scope that tenant alone (Campaign refuses any other).
   */
  public void setFundedBy(String v) {
    fundedBy = v == null || v.isBlank() ? null : v;
    if (fundedBy != null) {
      tenants = new ArrayList<>(List.of(fundedBy));
      categories = new ArrayList<>();
    }
  }

  public boolean isTenantFunded() {
    return fundedBy != null;
  }

  public Long getBudget() {
    return budget;
  }

  public void setBudget(Long v) {
    budget = v;
  }
}
