package com.atrium.portal.operator.tenants;

import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.tenant.TenantDetails;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** {@code operator/tenants/list.xhtml}: search, page, deactivate and activate tenants. */
@Named
@ViewScoped
public class ListTenantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TenantService tenants;

  private PagedModel<TenantDetails> model;
  private String query;
  private TenantStatus status;

  @PostConstruct
  void init() {
    model = source(null, null);
  }

  public void search() {
    model = source(query == null || query.isBlank() ? null : query.trim(), status);
  }

  private PagedModel<TenantDetails> source(String q, TenantStatus s) {
    TenantService service = tenants;
    return new PagedModel<>(
        (offset, limit) -> service.list(q, s, offset, limit), t -> String.valueOf(t.id()));
  }

  public void deactivate(TenantDetails tenant) {
    try {
      tenants.deactivate(tenant.id());
      PortalMessages.info("tenants.deactivated", tenant.code());
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public void activate(TenantDetails tenant) {
    try {
      tenants.activate(tenant.id());
      PortalMessages.info("tenants.activated", tenant.code());
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public TenantStatus[] getStatuses() {
    return TenantStatus.values();
  }

  public PagedModel<TenantDetails> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public TenantStatus getStatus() {
    return status;
  }

  public void setStatus(TenantStatus status) {
    this.status = status;
  }
}
