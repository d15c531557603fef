package com.atrium.portal.operator.rules;

import com.atrium.earning.EarningRuleService;
import com.atrium.earning.RuleScope;
import com.atrium.earning.RuleScopeChoice;
import com.atrium.earning.RuleVersionView;
import com.atrium.earning.Simulation;
import com.atrium.earning.WhatIfSimulator;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.Page;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.Category;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * {@code operator/rules/edit.xhtml}: a draft of the rules for a scope (the group or one mall),
 * started from a version (default: the rules that apply in the scope now), simulated over a past
 * period of the scope's sales and published as a new version of that scope. Campaigns are edited
 * one at a time in a dialog ({@link CampaignDraft}); a campaign's code identifies its budget across
 * versions.
 */
@Named
@ViewScoped
public class EditRulesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "effectiveFrom", "draft:effectiveFrom",
          "effectiveTo", "draft:effectiveTo",
          "from", "draft:simFrom",
          "to", "draft:simTo");

  /** Where a campaign's refusal is shown: the dialog's inputs. */
  private static final Map<String, String> CAMPAIGN_FIELDS =
      Map.of(
          "code", "campaign:code",
          "name", "campaign:name",
          "startsAt", "campaign:startsAt",
          "endsAt", "campaign:endsAt",
          "multiplier", "campaign:multiplier",
          "bonus", "campaign:bonus",
          "budget", "campaign:budget",
          "tenants", "campaign:tenants",
          "fundedBy", "campaign:fundedBy");

  @EJB EarningRuleService rules;
  @EJB WhatIfSimulator simulator;
  @EJB TenantService tenants;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  private Integer from;
  private String mall;
  private int basedOn;

  /** The draft's scope: a mall code, or empty for the group. */
  private String scope;

  private List<SelectItem> scopeChoices;
  private RulesForm form;
  private LocalDateTime effectiveFrom;
  private LocalDateTime effectiveTo;
  private String note;
  private LocalDate simFrom;
  private LocalDate simTo;
  private Simulation simulation;

  /** The campaign open in the dialog, and its place in the draft (-1: a new one). */
  private CampaignDraft campaign;

  private int editing = -1;

  private List<SelectItem> tenantChoices;

  /** The mall of each tenant in {@link #tenantChoices}, by code: which can fund a mall's rules. */
  private HashMap<String, Long> tenantMalls;

  public void load() {
    if (form != null) {
      return;
    }
    List<RuleScopeChoice> scopes = rules.scopesOfCaller();
    RuleVersionView v;
    if (from != null) {
      Optional<RuleVersionView> found = rules.version(from);
      if (found.isEmpty()) {
        // another mall's version (or none): the same answer as a page that does not exist
        NotFound.send("No such version");
        return;
      }
      v = found.get();
      scope = v.mallCode();
    } else {
      RuleScope wanted = rules.scopeOf(mall);
      v =
          rules
              .current(wanted)
              .orElseThrow(() -> DomainException.notFound("RULES_NOT_FOUND", "No rules in force"));
      scope = codeOf(wanted, scopes);
    }
    // a one-mall caller copying the group's rules drafts them for its own mall
    String wantedScope = scope;
    if (scopes.stream().noneMatch(c -> Objects.equals(c.mallCode(), wantedScope))) {
      scope = scopes.get(0).mallCode();
    }
    scope = scope == null ? "" : scope;
    scopeChoices =
        scopes.stream()
            .map(
                c ->
                    new SelectItem(
                        c.mallCode() == null ? "" : c.mallCode(),
                        c.mallCode() == null
                            ? PortalMessages.text("rules.scopeGroup")
                            : c.mallName()))
            .toList();
    basedOn = v.version();
    ZoneId zone = configuration.zone();
    form = RulesForm.of(v.rules(), zone);
    LocalDate today = LocalDate.now(zone);
    effectiveFrom = today.plusDays(1).atStartOfDay();
    simTo = today.minusDays(1);
    simFrom = simTo.minusDays(29);
  }

  public void simulate() {
    try {
      simulation =
          simulator.simulate(
              form.toRules(configuration.zone()), rules.scopeOf(scope), simFrom, simTo);
    } catch (RuntimeException e) {
      simulation = null;
      PortalMessages.error(e, FIELDS);
    }
  }

  public String publish() {
    try {
      ZoneId zone = configuration.zone();
      RuleVersionView v =
          rules.publish(
              rules.scopeOf(scope),
              form.toRules(zone),
              effectiveFrom == null ? null : effectiveFrom.atZone(zone).toInstant(),
              effectiveTo == null ? null : effectiveTo.atZone(zone).toInstant(),
              note);
      PortalMessages.info("rules.published", v.version());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/operator/rules/list?faces-redirect=true";
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
      return null;
    }
  }

  /** Opens the dialog on a new campaign. */
  public void newCampaign() {
    campaign =
        CampaignDraft.starting(LocalDate.now(configuration.zone()).plusDays(1).atStartOfDay());
    editing = -1;
  }

  /** Opens the dialog on a copy of the draft's campaign at that row. */
  public void editCampaign(int row) {
    campaign = form.getCampaigns().get(row).copy();
    editing = row;
  }

  /**
   * Puts the dialog's campaign into the draft when it is valid and its code is not another
   * campaign's of this draft; tells the page (callback parameter {@code saved}) to close the
   * dialog.
   */
  public void saveCampaign() {
    try {
      String code = campaign.toCampaign(configuration.zone()).code();
      campaign.setCode(code);
      List<CampaignDraft> list = form.getCampaigns();
      for (int i = 0; i < list.size(); i++) {
        if (i != editing && code.equals(list.get(i).getCode())) {
          throw DomainException.invalid(
              "CAMPAIGN_CODE_TAKEN", "code", "Another campaign of this draft has code " + code);
        }
      }
      if (editing < 0) {
        list.add(campaign);
      } else {
        list.set(editing, campaign);
      }
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (RuntimeException e) {
      PortalMessages.error(e, CAMPAIGN_FIELDS);
    }
  }

  public void removeCampaign(int row) {
    form.getCampaigns().remove(row);
  }

  /** Tenants a campaign can be limited to: code and name, by code. */
  public List<SelectItem> getTenantChoices() {
    if (tenantChoices == null) {
      List<TenantView> seen = tenants.matching(null, null, Page.MAX_LIMIT);
      tenantMalls = new HashMap<>();
      seen.forEach(t -> tenantMalls.put(t.code(), t.mallId()));
      tenantChoices =
          seen.stream().map(t -> new SelectItem(t.code(), t.code() + " " + t.name())).toList();
    }
    return tenantChoices;
  }

  /**
   * Tenants that can fund a campaign of the draft: those of the draft's scope (a mall's rules: its
   * tenants), as publishing refuses any other (CAMPAIGN_FUNDER_UNKNOWN); code and name, by code.
   */
  public List<SelectItem> getFunderChoices() {
    List<SelectItem> all = getTenantChoices();
    Long mallId = scope == null || scope.isEmpty() ? null : rules.scopeOf(scope).mallId();
    return all.stream()
        .filter(c -> mallId == null || mallId.equals(tenantMalls.get((String) c.getValue())))
        .toList();
  }

  private static String codeOf(RuleScope scope, List<RuleScopeChoice> choices) {
    return choices.stream()
        .filter(c -> c.scope().equals(scope))
        .findFirst()
        .map(RuleScopeChoice::mallCode)
        .orElse(null);
  }

  public List<SelectItem> getScopeChoices() {
    return scopeChoices;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getMall() {
    return mall;
  }

  public void setMall(String mall) {
    this.mall = mall;
  }

  public Category[] getCategoryChoices() {
    return Category.values();
  }

  public CampaignDraft getCampaign() {
    return campaign;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public int getBasedOn() {
    return basedOn;
  }

  public RulesForm getForm() {
    return form;
  }

  public LocalDateTime getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDateTime v) {
    effectiveFrom = v;
  }

  public LocalDateTime getEffectiveTo() {
    return effectiveTo;
  }

  public void setEffectiveTo(LocalDateTime v) {
    effectiveTo = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }

  public LocalDate getSimFrom() {
    return simFrom;
  }

  public void setSimFrom(LocalDate v) {
    simFrom = v;
  }

  public LocalDate getSimTo() {
    return simTo;
  }

  public void setSimTo(LocalDate v) {
    simTo = v;
  }

  public Simulation getSimulation() {
    return simulation;
  }
}
