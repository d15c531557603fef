package com.atrium.portal.operator.tenants;

import com.atrium.portal.PortalMessages;
import com.atrium.tenant.Category;
import com.atrium.tenant.Tenant;
import com.atrium.tenant.TenantService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * {@code operator/tenants/edit.xhtml}: creates a tenant ({@code id} absent) or edits one, and
 * manages the tenant's store-assistant logins once it exists.
 */
@Named
@ViewScoped
public class EditTenantBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field name → input id, so a refusal shows next to the field it is about. */
  private static final Map<String, String> TENANT_FIELDS =
      Map.of(
          "code", "tenant:code",
          "name", "tenant:name",
          "category", "tenant:category",
          "floor", "tenant:floor",
          "unit", "tenant:unit",
          "contractStart", "tenant:contractStart",
          "contractEnd", "tenant:contractEnd");


  @Inject TenantService tenants;

  private Long id;
  private TenantForm form = new TenantForm();
  private String status;

  /** Runs on the initial GET, after the {@code id} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || id == null) {
      return;
    }
    Tenant t = tenants.get(id);
    form = TenantForm.of(t);
    status = t.status().name();
  }

  public String save() {
    try {
      if (id == null) {
        Tenant t = tenants.create(form.toDraft());
        PortalMessages.info("tenants.created", t.code());
        keepMessages();
        return "/operator/tenants/edit?faces-redirect=true&id=" + t.id();
      }
      Tenant t = tenants.update(id, form.toDraft());
      PortalMessages.info("tenants.saved", t.code());
      keepMessages();
      return "/operator/tenants/list?faces-redirect=true";
    } catch (RuntimeException e) {
      PortalMessages.error(e, TENANT_FIELDS);
      return null;
    }
  }

  private static void keepMessages() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  public boolean isEditing() {
    return id != null;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TenantForm getForm() {
    return form;
  }

  public String getStatus() {
    return status;
  }
}
