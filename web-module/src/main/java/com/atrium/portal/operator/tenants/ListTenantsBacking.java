package com.atrium.portal.operator.tenants;

import com.atrium.portal.PortalMessages;
import com.atrium.portal.lists.ListColumn;
import com.atrium.portal.lists.ListTable;
import com.atrium.tenant.Category;
import com.atrium.tenant.TenantDetails;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/tenants/list.xhtml}: search tenants by name or code, status and category; sort,
 * page and export them through the shared {@link ListTable}; deactivate and activate them.
 */
@Named
@ViewScoped
public class ListTenantsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TenantService tenants;

  private ListTable<TenantDetails> table;
  private String query;
  private TenantStatus status;
  private Category category;

  @PostConstruct
  void init() {
    table =
        new ListTable<>(
            "tenants:table",
            "atrium-tenants",
            t -> String.valueOf(t.id()),
            List.of(
                ListColumn.sorted("code", "tenants.code", TenantDetails::code),
                ListColumn.sorted("name", "tenants.name", TenantDetails::name),
                ListColumn.sorted(
                    "category",
                    "tenants.category",
                    t -> PortalMessages.text("category." + t.category())),
                ListColumn.sorted(
                    "floor",
                    "tenants.floorUnit",
                    t ->
                        java.util.stream.Stream.of(t.floor(), t.unit())
                            .filter(v -> v != null && !v.isBlank())
                            .collect(java.util.stream.Collectors.joining(" · "))),
                ListColumn.sorted(
                    "contract",
                    "tenants.contract",
                    t ->
                        t.contractStart() == null
                            ? null
                            : t.contractStart() + " – " + t.contractEnd()),
                ListColumn.sorted(
                    "status", "tenants.status", t -> PortalMessages.text("status." + t.status()))),
            source(null, null, null));
  }

  public void search() {
    table.show(source(query == null || query.isBlank() ? null : query.trim(), status, category));
  }

  private ListTable.Source<TenantDetails> source(String q, TenantStatus s, Category c) {
    TenantService service = tenants;
    return (sort, offset, limit) -> service.list(q, s, c, sort, offset, limit);
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

  public ListTable<TenantDetails> getTable() {
    return table;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
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
