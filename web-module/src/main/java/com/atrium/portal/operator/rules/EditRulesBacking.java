package com.atrium.portal.operator.rules;

import com.atrium.earning.EarningRuleService;
import com.atrium.earning.EarningRuleVersion;
import com.atrium.earning.Simulation;
import com.atrium.earning.WhatIfSimulator;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * {@code operator/rules/edit.xhtml}: a draft of the rules, started from a version (default: the one
 * in force now), simulated over a past period and published as a new version.
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

  @EJB EarningRuleService rules;
  @EJB WhatIfSimulator simulator;
  @Inject MallConfiguration configuration;
  @Inject Clock clock;

  private Integer from;
  private int basedOn;
  private RulesForm form;
  private LocalDateTime effectiveFrom;
  private LocalDateTime effectiveTo;
  private String note;
  private LocalDate simFrom;
  private LocalDate simTo;
  private Simulation simulation;

  public void load() {
    if (form != null) {
      return;
    }
    EarningRuleVersion v =
        (from == null ? rules.inForceAt(clock.now()) : rules.version(from))
            .orElseThrow(() -> DomainException.notFound("RULES_NOT_FOUND", "No such version"));
    basedOn = v.version();
    form = RulesForm.of(v.rules());
    ZoneId zone = configuration.zone();
    LocalDate today = LocalDate.now(zone);
    effectiveFrom = today.plusDays(1).atStartOfDay();
    simTo = today.minusDays(1);
    simFrom = simTo.minusDays(29);
  }

  public void simulate() {
    try {
      simulation = simulator.simulate(form.toRules(), simFrom, simTo);
    } catch (RuntimeException e) {
      simulation = null;
      PortalMessages.error(e, FIELDS);
    }
  }

  public String publish() {
    try {
      ZoneId zone = configuration.zone();
      EarningRuleVersion v =
          rules.publish(
              form.toRules(),
              effectiveFrom == null ? null : effectiveFrom.atZone(zone).toInstant(),
              effectiveTo == null ? null : effectiveTo.atZone(zone).toInstant(),
              note);
      PortalMessages.info("rules.published", v.version());
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .getExternalContext()
          .getFlash()
          .setKeepMessages(true);
      return "/operator/rules/list?faces-redirect=true";
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
      return null;
    }
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
