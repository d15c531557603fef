package com.atrium.portal;

import com.atrium.security.Roles;
import com.atrium.tenant.TenantService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Arrays;

/** What the layout template shows around every page: the mall, the signed-in user, the menu. */
@Named
@RequestScoped
public class LayoutBacking {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject TenantService tenants;

  private String mallName;
  private String storeName;

  public String getMallName() {
    if (mallName == null) {
      mallName =
          em
              .createQuery("select m.name from Mall m order by m.code", String.class)
              .setMaxResults(1)
              .getResultList()
              .stream()
              .findFirst()
              .orElse("");
    }
    return mallName;
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

  /**
   * Until the security constraints are in place an anonymous visitor sees both menus, so the pages
   * can be reached; once signed in, each role sees only its own.
   */
  public boolean isOperatorMenu() {
    return getUserName() == null
        || Arrays.stream(Roles.OPERATORS).anyMatch(external()::isUserInRole);
  }

  public boolean isMerchantMenu() {
    return getUserName() == null || external().isUserInRole(Roles.MERCHANT_ASSISTANT);
  }

  public String getViewId() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
