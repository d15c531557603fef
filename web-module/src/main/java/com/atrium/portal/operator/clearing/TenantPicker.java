package com.atrium.portal.operator.clearing;

import com.atrium.platform.DomainException;
import com.atrium.portal.NotFound;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant picker of the clearing pages that show one tenant (terms, prepaid blocks): the first
 * tenants in code order, with the one opened by its link always among them, and the picked tenant's
 * mall zone. Kept by the page's view-scoped bean.
 */
final class TenantPicker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The picker lists this many tenants in code order (its filter searches among them). */
  private static final int PICKER_MAX = 200;

  private List<TenantView> tenantList;

  /**
   * On the initial GET with a {@code tenant} view parameter, shows it; another mall's (or an
   * unknown) tenant gets the same answer as a page that does not exist.
   */
  static void load(Long tenant, Runnable pick) {
    if (FacesContext.getCurrentInstance().isPostback() || tenant == null) {
      return;
    }
    try {
      pick.run();
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.NOT_FOUND) {
        throw e;
      }
      NotFound.send("No such tenant");
    }
  }

  /** The tenant's mall's zone id (the operator's zone for a mall outside the configuration). */
  static String zoneOf(TenantView t, MallRegistry malls, MallConfiguration configuration) {
    return malls
        .mall(t.mallId())
        .map(MallSummary::code)
        .map(configuration::zoneOf)
        .orElseGet(configuration::zone)
        .getId();
  }

  List<TenantView> tenants(TenantService tenants, Long tenant) {
    if (tenantList == null) {
      tenantList = new ArrayList<>(tenants.matching(null, null, PICKER_MAX));
      if (tenant != null && tenantList.stream().noneMatch(t -> t.id() == tenant)) {
        tenants.find(tenant).ifPresent(t -> tenantList.add(0, t));
      }
    }
    return tenantList;
  }
}
