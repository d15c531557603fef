package com.atrium.portal;

import com.atrium.security.Roles;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.util.Arrays;

/** What the layout template shows around every page: the mall, the signed-in user, the menu. */
@Named
@RequestScoped
public class LayoutBacking {

  @Inject MallConfiguration mall;
  @EJB TenantService tenants;

  private String storeName;

  /** The mall as the operator configured it (tenant-config {@code mall.name}). */
  public String getMallName() {
    return mall.mallName();
  }

  /** A store assistant's own tenant, shown in the header so the till knows where it is. */
  public String getStoreName() {
    if (storeName == null) {
      storeName =
          getUserName() != null && external().isUserInRole(Roles.MERCHANT_ASSISTANT)
              ? tenants.own().name()
              : "";
    }
    return storeName;
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

  /** Logins and the audit log: the administrators' own entries. */
  public boolean isAdminMenu() {
    return external().isUserInRole(Roles.OPERATOR_ADMIN);
  }

  public boolean isMerchantMenu() {
    return external().isUserInRole(Roles.MERCHANT_ASSISTANT);
  }

  public String getViewId() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
