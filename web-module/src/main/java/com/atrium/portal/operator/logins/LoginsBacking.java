package com.atrium.portal.operator.logins;

import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.portal.operator.members.PagedModel;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Login;
import com.atrium.security.Roles;
import com.atrium.security.UserService;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code operator/logins.xhtml}: find people's logins, create one, change its roles, enable or
 * disable it, reset its password (the temporary one is shown here once, and never again), end a
 * lockout. Tenants are named by their code on this page; an operator login is group-wide or
 * confined to one mall.
 */
@Named
@ViewScoped
public class LoginsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> CREATE_FIELDS =
      Map.of(
          "username", "create:username",
          "displayName", "create:displayName",
          "password", "create:password",
          "roles", "create:roles",
          "tenant", "create:tenant",
          "mall", "create:mall");

  private static final Map<String, String> ROLES_FIELDS =
      Map.of("roles", "roles:roles", "tenant", "roles:roles", "mall", "roles:mall");

  private static final Map<String, String> FILTER_FIELDS = Map.of("tenant", "logins:tenant");

  @EJB UserService users;
  @Inject CurrentCaller caller;
  @EJB TenantService tenants;
  @Inject MallConfiguration mall;
  @EJB MallRegistry registry;

  private PagedModel<Login> model;
  private String query;
  private String role;
  private String tenantCode;

  private String username;
  private String displayName;
  private List<String> roles = new ArrayList<>();
  private String newTenantCode;
  private Long newMallId;
  private transient String password;

  private Login selected;
  private List<String> selectedRoles = new ArrayList<>();
  private Long selectedMallId;

  private List<MallSummary> malls;

  /**
   * The last reset's temporary password, shown once in its dialog; never kept past the next call.
   */
  private transient String temporaryPassword;

  private final Map<Long, String> tenantCodes = new HashMap<>();

  @PostConstruct
  void init() {
    model = source(null, null, null);
  }

  /** False for a one-mall admin: the page says why instead of showing logins it may not manage. */
  public boolean isGroupWide() {
    return caller.mallId().isEmpty();
  }

  public void search() {
    try {
      model = source(query, role, tenantId(tenantCode));
    } catch (RuntimeException e) {
      PortalMessages.error(e, FILTER_FIELDS);
    }
  }

  private PagedModel<Login> source(String q, String r, Long tenant) {
    UserService service = users;
    return new PagedModel<>(
        (offset, limit) -> service.search(q, r, tenant, offset, limit),
        l -> String.valueOf(l.id()));
  }

  public void startCreating() {
    username = null;
    displayName = null;
    roles = new ArrayList<>();
    newTenantCode = null;
    newMallId = null;
    password = null;
  }

  public void create() {
    try {
      Login created =
          users.createLogin(
              username,
              displayName,
              password,
              new LinkedHashSet<>(roles),
              tenantId(newTenantCode),
              newMallId);
      PortalMessages.info("logins.created", created.username());
    } catch (RuntimeException e) {
      PortalMessages.error(e, CREATE_FIELDS);
    } finally {
      password = null;
    }
  }

  public void editRoles(Login login) {
    selected = login;
    selectedRoles = new ArrayList<>(login.roles());
    selectedMallId = login.mallId();
  }

  public void saveRoles() {
    try {
      users.changeAccess(selected.id(), new LinkedHashSet<>(selectedRoles), selectedMallId);
      PortalMessages.info("logins.rolesChanged", selected.username());
    } catch (RuntimeException e) {
      PortalMessages.error(e, ROLES_FIELDS);
    }
  }

  public void enable(Login login) {
    act(login, () -> users.enable(login.id()), "logins.enabled");
  }

  public void disable(Login login) {
    act(login, () -> users.disable(login.id()), "logins.disabled");
  }

  public void unlock(Login login) {
    act(login, () -> users.unlock(login.id()), "logins.unlocked");
  }

  public void resetPassword(Login login) {
    temporaryPassword = null;
    try {
      temporaryPassword = users.resetPassword(login.id());
      selected = login;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  /** Read once by the dialog that shows it; the next request no longer has it. */
  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void forgetTemporaryPassword() {
    temporaryPassword = null;
  }

  private static void act(Login login, Runnable change, String done) {
    try {
      change.run();
      PortalMessages.info(done, login.username());
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  /** A tenant's id from the code typed on the page; blank is no tenant. */
  private Long tenantId(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return tenants
        .viewByCode(code.trim().toUpperCase(Locale.ROOT))
        .map(TenantView::id)
        .orElseThrow(
            () -> DomainException.invalid("TENANT_CODE_UNKNOWN", "tenant", "No tenant " + code));
  }

  public String tenantCode(Long tenantId) {
    return tenantId == null
        ? ""
        : tenantCodes.computeIfAbsent(tenantId, id -> tenants.view(id).code());
  }

  /** The operator's malls, for the scope of an operator login. */
  public List<MallSummary> getMalls() {
    if (malls == null) {
      malls = registry.malls();
    }
    return malls;
  }

  /** Where a login works: its mall, the whole group (operator staff), or nothing (a store's). */
  public String scope(Login login) {
    if (login.mallId() != null) {
      return getMalls().stream()
          .filter(m -> m.id() == login.mallId())
          .findFirst()
          .map(MallSummary::name)
          .orElse("");
    }
    return login.tenantId() == null ? PortalMessages.text("logins.mallGroup") : "";
  }

  public boolean locked(Login login) {
    return login.lockedAt(Instant.now());
  }

  public String when(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
  }

  public String[] getAllRoles() {
    return Roles.PEOPLE;
  }

  public PagedModel<Login> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getTenantCode() {
    return tenantCode;
  }

  public void setTenantCode(String tenantCode) {
    this.tenantCode = tenantCode;
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

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getNewTenantCode() {
    return newTenantCode;
  }

  public void setNewTenantCode(String newTenantCode) {
    this.newTenantCode = newTenantCode;
  }

  public Long getNewMallId() {
    return newMallId;
  }

  public void setNewMallId(Long newMallId) {
    this.newMallId = newMallId;
  }

  public Long getSelectedMallId() {
    return selectedMallId;
  }

  public void setSelectedMallId(Long selectedMallId) {
    this.selectedMallId = selectedMallId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Login getSelected() {
    return selected;
  }

  public String getSelectedName() {
    return selected == null ? "" : selected.username();
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }
}
