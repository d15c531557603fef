package com.atrium.portal.operator.tenants;

import com.atrium.platform.Page;
import com.atrium.tenant.Tenant;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantStatus;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages through {@link TenantService#search} so the table never loads more than one page; the
 * search text and status come from the list view's own search bar, not column filters.
 */
public class TenantLazyModel extends LazyDataModel<Tenant> {

  private static final long serialVersionUID = 1L;

  private final TenantService tenants;
  private String query;
  private TenantStatus status;
  private transient Page<Tenant> last;

  public TenantLazyModel(TenantService tenants) {
    this.tenants = tenants;
  }

  public void setCriteria(String query, TenantStatus status) {
    this.query = query == null || query.isBlank() ? null : query.trim();
    this.status = status;
    this.last = null;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) fetch(0, 1).total();
  }

  @Override
  public List<Tenant> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    last = fetch(first, pageSize);
    return last.rows();
  }

  private Page<Tenant> fetch(int offset, int limit) {
    return tenants.search(query, status, offset, Page.clampLimit(limit));
  }

  @Override
  public String getRowKey(Tenant tenant) {
    return String.valueOf(tenant.id());
  }

  @Override
  public Tenant getRowData(String rowKey) {
    long id = Long.parseLong(rowKey);
    return last == null
        ? tenants.get(id)
        : last.rows().stream()
            .filter(t -> t.id() == id)
            .findFirst()
            .orElseGet(() -> tenants.get(id));
  }
}
