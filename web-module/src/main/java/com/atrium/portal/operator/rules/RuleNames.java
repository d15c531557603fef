package com.atrium.portal.operator.rules;

import com.atrium.portal.PortalMessages;
import com.atrium.tenant.Category;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.TenantView;
import com.atrium.tenant.TierDefinition;
import jakarta.faces.context.FacesContext;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names the rule pages give codes, in the user's language: a category's and a tier's from the
 * bundle (a tier only in the configuration by its configured Chinese or English name), a tenant's
 * as its code and name. Maps keep the order the pickers offer them in.
 */
final class RuleNames {

  private RuleNames() {}

  static Map<String, String> categories() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      m.put(c.name(), PortalMessages.text("category." + c.name()));
    }
    return m;
  }

  static Map<String, String> tiers(MallConfiguration configuration) {
    boolean chinese =
        "zh".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    Map<String, String> m = new LinkedHashMap<>();
    for (TierDefinition t : configuration.tiers()) {
      String key = "tier." + t.code();
      String name = PortalMessages.text(key);
      m.put(t.code(), name.equals(key) ? (chinese ? t.nameZh() : t.nameEn()) : name);
    }
    return m;
  }

  static Map<String, String> tenants(List<TenantView> tenants) {
    Map<String, String> m = new LinkedHashMap<>();
    tenants.forEach(t -> m.put(t.code(), t.code() + " " + t.name()));
    return m;
  }

  /** The rules' text in the view's language. */
  static RulesText text(MallConfiguration configuration, List<TenantView> tenants, ZoneId zone) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return new RulesText(
        faces.getApplication().getResourceBundle(faces, "msg"),
        faces.getViewRoot().getLocale(),
        zone,
        categories(),
        tiers(configuration),
        tenants(tenants));
  }
}
