package com.atrium.portal.operator.tenants;

import com.atrium.platform.DomainException;
import com.atrium.portal.NotFound;
import com.atrium.portal.PortalMessages;
import com.atrium.security.UserService;
import com.atrium.tenant.Category;
import com.atrium.tenant.TenantDetails;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

  private static final Map<String, String> ASSISTANT_FIELDS =
      Map.of(
          "username", "assistants:username",
          "displayName", "assistants:displayName",
          "password", "assistants:password");

  @EJB TenantService tenants;
  @EJB UserService users;

  private Long id;
  private TenantForm form = new TenantForm();
  private String status;
  private List<?> assistants = List.of();
  private String username;
  private String displayName;
  private transient String password;

  /** Runs on the initial GET, after the {@code id} view parameter is set. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback() || id == null) {
      return;
    }
    TenantDetails t;
    try {
      t = tenants.details(id);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.NOT_FOUND) {
        throw e;
      }
      // another mall's (or an unknown) tenant: the same answer as a page that does not exist
      NotFound.send("No such tenant");
      return;
    }
    form = TenantForm.of(t);
    status = t.status().name();
    assistants = users.listAssistants(id);
  }

  public String save() {
    try {
      if (id == null) {
        TenantDetails t = tenants.create(form.toDraft());
        PortalMessages.info("tenants.created", t.code());
        keepMessages();
        return "/operator/tenants/edit?faces-redirect=true&id=" + t.id();
      }
      TenantDetails t = tenants.update(id, form.toDraft());
      PortalMessages.info("tenants.saved", t.code());
      keepMessages();
      return "/operator/tenants/list?faces-redirect=true";
    } catch (RuntimeException e) {
      PortalMessages.error(e, TENANT_FIELDS);
      return null;
    }
  }

  public void addAssistant() {
    try {
      users.createMerchantAssistant(id, username, displayName, password);
      PortalMessages.info("tenants.assistants.created", username);
      assistants = users.listAssistants(id);
      username = null;
      displayName = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, ASSISTANT_FIELDS);
    } finally {
      password = null;
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

  public List<?> getAssistants() {
    return assistants;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
