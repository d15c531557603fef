package com.atrium.portal;

import com.atrium.care.MemberCare;
import com.atrium.clearing.ClearingDisputes;
import com.atrium.clearing.ClearingRuns;
import com.atrium.clearing.ClearingTerms;
import com.atrium.earning.EarningRuleService;
import com.atrium.earning.WhatIfSimulator;
import com.atrium.parking.PlateRegistry;
import com.atrium.partner.PartnerLinks;
import com.atrium.partner.PartnerRights;
import com.atrium.redemption.MemberFlagService;
import com.atrium.redemption.RedemptionService;
import com.atrium.redemption.RewardService;
import com.atrium.security.Roles;
import com.atrium.security.UserService;
import com.atrium.tenant.TenantService;
import com.atrium.tier.TierService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the signed-in person may do, for the pages to show only those actions ({@code
 * #{may.publishRules}}, {@code #{may.open('/operator/audit.xhtml')}}). Each permission names the
 * service operation behind it and reads that operation's {@code @RolesAllowed}, so a page never
 * offers what its service would refuse and role names live in one place: the services (for actions)
 * and web.xml (for pages). Hiding is for the person's sake; the services still check.
 */
@Named("may")
@RequestScoped
public class Permissions {

  private static final Map<String, Set<String>> ALLOWED = new ConcurrentHashMap<>();

  @Inject SecurityContext security;

  private final Map<String, Boolean> pages = new HashMap<>();

  /** New tenant, edit, activate and deactivate; the tenant's page with its store assistants. */
  public boolean isManageTenants() {
    return allowed(TenantService.class, "create");
  }

  /** Give a store a new assistant login (on the tenant's page). */
  public boolean isAddAssistants() {
    return allowed(UserService.class, "createMerchantAssistant");
  }

  /** Publish a new version of the earning rules (and so start, copy and edit one). */
  public boolean isPublishRules() {
    return allowed(EarningRuleService.class, "publish");
  }

  /** Run the what-if simulation of a draft of the rules. */
  public boolean isSimulateRules() {
    return allowed(WhatIfSimulator.class, "simulate");
  }

  /** Create, edit and retire rewards. */
  public boolean isChangeRewards() {
    return allowed(RewardService.class, "create");
  }

  /** Redeem a reward for a member at the service desk. */
  public boolean isRedeemAtDesk() {
    return allowed(RedemptionService.class, "redeemAtDesk");
  }

  /** Cancel a member's redemption whose coupon is not used yet. */
  public boolean isCancelRedemption() {
    return allowed(RedemptionService.class, "cancel");
  }

  /** Resolve a member flag. */
  public boolean isResolveFlags() {
    return allowed(MemberFlagService.class, "resolve");
  }

  /** Dispute the own tenant's clearing statement (a tenant's manager). */
  public boolean isRaiseDisputes() {
    return allowed(ClearingDisputes.class, "raise");
  }

  /** Set or remove a member's tier floor. */
  public boolean isSetTierFloor() {
    return allowed(TierService.class, "setFloor");
  }

  /** Start clearing runs, compute a draft again, send it to review, close an approved run. */
  public boolean isRunClearing() {
    return allowed(ClearingRuns.class, "start");
  }

  /**
   * Approve a clearing run in review: the service admits finance and the admin to its runs but only
   * its approver role to approval (four eyes among them is the service's to check).
   */
  public boolean isApproveClearingRuns() {
    return allowed(ClearingRuns.class, "approve")
        && FacesContext.getCurrentInstance()
            .getExternalContext()
            .isUserInRole(ClearingRuns.APPROVER);
  }

  /**
   * Answer a tenant's dispute: the service admits finance and the admin to disputes but answers
   * only finance (an admin's answer is refused {@code FINANCE_ROLE_REQUIRED}).
   */
  public boolean isAnswerDisputes() {
    return allowed(ClearingDisputes.class, "answer")
        && FacesContext.getCurrentInstance()
            .getExternalContext()
            .isUserInRole(Roles.OPERATOR_FINANCE);
  }

  /** Add a version of a tenant's clearing terms. */
  public boolean isChangeClearingTerms() {
    return allowed(ClearingTerms.class, "change");
  }

  /** Record a member's plate consent, bind and unbind plates (the service desk). */
  public boolean isBindPlates() {
    return allowed(PlateRegistry.class, "bind");
  }

  /** Revoke a member's partner right on the member's page (with a reason, audited). */
  public boolean isRevokePartnerRights() {
    return allowed(PartnerRights.class, "revokeByOperator");
  }

  /** End a member's partner link on the member's page (with a reason, audited). */
  public boolean isUnlinkPartners() {
    return allowed(PartnerLinks.class, "unlinkByOperator");
  }

  /** Block and unblock a member, correct the name and phone (the service desk, docs/members.md). */
  public boolean isCareForMembers() {
    return allowed(MemberCare.class, "block");
  }

  /**
   * Whether web.xml's constraints let the caller open this page (a path under the context root).
   */
  public boolean open(String path) {
    return pages.computeIfAbsent(path, p -> security.hasAccessToWebResource(p, "GET"));
  }

  private static boolean allowed(Class<?> service, String method) {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return rolesAllowed(service, method).stream().anyMatch(external::isUserInRole);
  }

  /**
   * The roles a service operation admits: the method's {@code @RolesAllowed}, else the class's.
   * Every overload of the name must admit the same roles, or the name would not say one thing.
   */
  static Set<String> rolesAllowed(Class<?> service, String method) {
    return ALLOWED.computeIfAbsent(
        service.getName() + "#" + method,
        k -> {
          Set<Set<String>> found =
              Arrays.stream(service.getMethods())
                  .filter(m -> m.getName().equals(method))
                  .map(m -> roles(service, m))
                  .collect(Collectors.toSet());
          if (found.size() != 1) {
            throw new IllegalArgumentException(
                k + " names " + found.size() + " different role sets: " + found);
          }
          return found.iterator().next();
        });
  }

  private static Set<String> roles(Class<?> service, Method m) {
    RolesAllowed on = m.getAnnotation(RolesAllowed.class);
    if (on == null) {
      on = service.getAnnotation(RolesAllowed.class);
    }
    if (on == null) {
      throw new IllegalArgumentException(service.getName() + "#" + m.getName() + " names no roles");
    }
    return Set.of(on.value());
  }
}
