package com.atrium.portal;

import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/** What the layout template shows around every page: the mall, the signed-in user, the menu. */
@Named
@RequestScoped
public class LayoutBacking {

  @Inject MallConfiguration mall;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject CurrentCaller caller;

  private String mallName;

  /** A store assistant's or manager's own tenant, read once per request; empty for others. */
  private Optional<TenantView> store;

  /**
   * Where the signed-in person works: their mall (a one-mall operator's, a store assistant's
   * tenant's), else the operator's name (group-wide staff, the login page).
   */
  public String getMallName() {
    if (mallName == null) {
      Optional<Long> mallId =
          getUserName() == null
              ? Optional.empty()
              : store().isPresent() ? store().map(TenantView::mallId) : caller.mallId();
      mallName = mallId.flatMap(malls::mall).map(MallSummary::name).orElseGet(mall::operatorName);
    }
    return mallName;
  }

  /** A store assistant's own tenant, shown in the header so the till knows where it is. */
  public String getStoreName() {
    return store().map(TenantView::name).orElse("");
  }

  private Optional<TenantView> store() {
    if (store == null) {
      store =
          getUserName() != null
                  && (external().isUserInRole(Roles.MERCHANT_ASSISTANT)
                      || external().isUserInRole(Roles.MERCHANT_MANAGER))
              ? Optional.of(tenants.own())
              : Optional.empty();
    }
    return store;
  }

  public String getUserName() {
    Principal p = external().getUserPrincipal();
    return p == null ? null : p.getName();
  }

  /** The user's most specific role, for the header; {@code null} when not signed in. */
  public String getRole() {
    ExternalContext ec = external();
    return Arrays.stream(
            new String[] {
              Roles.OPERATOR_ADMIN,
              Roles.OPERATOR_MARKETING,
              Roles.OPERATOR_FINANCE,
              Roles.OPERATOR_SERVICE,
              Roles.MERCHANT_MANAGER,
              Roles.MERCHANT_ASSISTANT
            })
        .filter(ec::isUserInRole)
        .findFirst()
        .orElse(null);
  }

  /** Each role sees only its own menu; the security constraints guard the pages themselves. */
  public boolean isOperatorMenu() {
    return Arrays.stream(Roles.OPERATORS).anyMatch(external()::isUserInRole);
  }

  public boolean isMerchantMenu() {
    return external().isUserInRole(Roles.MERCHANT_ASSISTANT);
  }

  /** A tenant manager's menu: its clearing statements. */
  public boolean isManagerMenu() {
    return external().isUserInRole(Roles.MERCHANT_MANAGER);
  }

  public String getViewId() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
