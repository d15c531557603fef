package com.atrium.portal.operator.machines;

import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.security.ApiClientSecret;
import com.atrium.security.CurrentCaller;
import com.atrium.security.MachineClients;
import com.atrium.security.MachineKind;
import com.atrium.security.MachineScope;
import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.MallRegistry;
import com.atrium.tenant.MallSummary;
import com.atrium.tenant.TenantService;
import com.atrium.tenant.TenantStatus;
import com.atrium.tenant.TenantView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * {@code operator/machines.xhtml}: the machine clients, creating one, rotating a secret with an
 * overlap, revoking a secret, disabling and enabling a client. A new secret is held here only until
 * the next action, so it is shown once. Only the admin reaches the page (web.xml), and {@link
 * MachineClients} refuses anyone else.
 */
@Named
@ViewScoped
public class MachinesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> ROTATE_FIELDS =
      Map.of("oldValidUntil", "rotate:overlap");

  @EJB MachineClients machines;
  @Inject CurrentCaller caller;
  @EJB TenantService tenants;
  @EJB MallRegistry malls;
  @Inject MallConfiguration mall;

  // read again after each action (and after a restored view): never serialized with the view
  private transient List<MachineClients.ClientView> clients;
  private transient List<MallSummary> mallChoices;

  private MachineKind kind = MachineKind.POS;
  private String tenant;
  private Long mallId;
  private String partnerCode;
  private String description;

  private String rotating;
  private Integer overlapHours = 24;

  /** The secret just made; shown until the next action, never again. */
  private MachineClients.IssuedSecret issued;

  public List<MachineClients.ClientView> getClients() {
    if (clients == null) {
      clients = machines.list();
    }
    return clients;
  }

  /** False for a one-mall admin: the page says why instead of showing keys it may not manage. */
  public boolean isGroupWide() {
    return caller.mallId().isEmpty();
  }

  public MachineKind[] getKinds() {
    return MachineKind.values();
  }

  public List<MallSummary> getMalls() {
    if (mallChoices == null) {
      mallChoices = malls.malls();
    }
    return mallChoices;
  }

  /** Active tenants whose code or name contains the text, as "CODE name". */
  public List<String> completeTenant(String text) {
    return tenants.matching(text, TenantStatus.ACTIVE, 20).stream()
        .map(t -> t.code() + " " + t.name())
        .toList();
  }

  public void startCreate() {
    issued = null;
    kind = MachineKind.POS;
    tenant = null;
    mallId = getMalls().size() == 1 ? getMalls().get(0).id() : null;
    partnerCode = null;
    description = null;
  }

  public void create() {
    try {
      issued = machines.create(kind, scope(), description);
      clients = null;
      // no message: the panel showing the new key and its secret is the confirmation
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (RuntimeException e) {
      PortalMessages.error(e, createFields());
    }
  }

  public void startRotate(String keyId) {
    issued = null;
    rotating = keyId;
    overlapHours = 24;
  }

  public void rotate() {
    try {
      Instant until =
          overlapHours == null ? null : Instant.now().plus(Duration.ofHours(overlapHours));
      issued = machines.rotate(rotating, until);
      clients = null;
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    } catch (RuntimeException e) {
      PortalMessages.error(e, ROTATE_FIELDS);
    }
  }

  public void revoke(String keyId, int secretNo) {
    act(() -> machines.revoke(keyId, secretNo), "machines.revoked", keyId);
  }

  public void disable(String keyId) {
    act(() -> machines.disable(keyId), "machines.disabled", keyId);
  }

  public void enable(String keyId) {
    act(() -> machines.enable(keyId), "machines.enabled", keyId);
  }

  private void act(Runnable action, String done, String keyId) {
    issued = null;
    try {
      action.run();
      clients = null;
      PortalMessages.info(done, keyId);
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  /** Where a refusal of the create form is shown: the scope at the input this kind shows. */
  private Map<String, String> createFields() {
    String scopeInput =
        switch (kind == null ? MachineKind.POS : kind) {
          case POS -> "create:tenant";
          case CAR_PARK, WIFI_CONTROLLER -> "create:mall";
          case PARTNER -> "create:partner";
        };
    return Map.of(
        "kind", "create:kind",
        "scope", scopeInput,
        "partnerCode", "create:partner",
        "description", "create:description");
  }

  /** The scope the create form names, checked against the tenant and mall services. */
  private MachineScope scope() {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case POS -> new MachineScope.Tenant(tenantId());
      case CAR_PARK, WIFI_CONTROLLER -> {
        if (mallId == null || malls.mall(mallId).isEmpty()) {
          throw DomainException.invalid("MALL_REQUIRED", "scope", "Choose the mall");
        }
        yield new MachineScope.Mall(mallId);
      }
      case PARTNER ->
          new MachineScope.Partner(
              partnerCode == null ? null : partnerCode.trim().toUpperCase(Locale.ROOT));
    };
  }

  private long tenantId() {
    String code = tenant == null ? "" : tenant.trim().split("\\s+", 2)[0];
    return tenants
        .viewByCode(code)
        .map(TenantView::id)
        .orElseThrow(
            () -> DomainException.invalid("TENANT_REQUIRED", "scope", "Choose the tenant"));
  }

  /** "tenant FB001 星巴克", "mall XH 星汇广场" or "partner DEMOBANK", for the table. */
  public String scopeLabel(MachineClients.ClientView c) {
    MachineScope s = c.scope();
    if (s instanceof MachineScope.Tenant t) {
      try {
        TenantView found = tenants.view(t.id());
        return found.code() + " " + found.name();
      } catch (RuntimeException gone) {
        return "#" + t.id();
      }
    }
    if (s instanceof MachineScope.Mall m) {
      return getMalls().stream()
          .filter(x -> x.id() == m.id())
          .map(x -> x.code() + " " + x.name())
          .findFirst()
          .orElse("#" + m.id());
    }
    return ((MachineScope.Partner) s).code();
  }

  /** The client's secrets a revoke button may be offered for: active ones, when two are. */
  public boolean revocable(MachineClients.ClientView c, MachineClients.SecretView s) {
    return s.state() == ApiClientSecret.State.ACTIVE
        && c.secrets().stream().filter(x -> x.state() == ApiClientSecret.State.ACTIVE).count() > 1;
  }

  public String when(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }

  public MachineKind getKind() {
    return kind;
  }

  public void setKind(MachineKind kind) {
    this.kind = kind;
  }

  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public Long getMallId() {
    return mallId;
  }

  public void setMallId(Long mallId) {
    this.mallId = mallId;
  }

  public String getPartnerCode() {
    return partnerCode;
  }

  public void setPartnerCode(String partnerCode) {
    this.partnerCode = partnerCode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRotating() {
    return rotating;
  }

  public Integer getOverlapHours() {
    return overlapHours;
  }

  public void setOverlapHours(Integer overlapHours) {
    this.overlapHours = overlapHours;
  }

  public MachineClients.IssuedSecret getIssued() {
    return issued;
  }
}
