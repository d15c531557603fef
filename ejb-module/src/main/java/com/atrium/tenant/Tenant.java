package com.atrium.tenant;

import com.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A store renting a unit in a mall. Keeps its contract dates consistent (end not before start); an
 * inactive tenant keeps its history but records no new sales.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.byCode", query = "select t from Tenant t where t.code = :code")
@NamedQuery(name = "Tenant.namesOf", query = "select t.id, t.name from Tenant t where t.id in :ids")
@NamedQuery(name = "Tenant.all", query = "select t from Tenant t")
@NamedQuery(name = "Tenant.ofMall", query = "select t from Tenant t where t.mallId = :mall")
public class Tenant {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "mall_id", nullable = false)
  private Long mallId;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Category category;

  private String floor;
  private String unit;

  @Column(name = "contract_start")
  private LocalDate contractStart;

  @Column(name = "contract_end")
  private LocalDate contractEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Tenant() {}

  public Tenant(Long mallId, TenantCode code, TenantDraft draft, Instant now) {
    this.mallId = mallId;
    this.code = code.value();
    this.status = TenantStatus.ACTIVE;
    this.createdAt = now;
    apply(draft);
  }

  /** Takes the editable fields of a draft; the code never changes. */
  public void apply(TenantDraft draft) {
    if (draft.contractStart() != null
        && draft.contractEnd() != null
        && draft.contractEnd().isBefore(draft.contractStart())) {
      throw DomainException.invalid(
          "CONTRACT_DATES_INVALID", "contractEnd", "The contract cannot end before it starts");
    }
    this.name = draft.name().trim();
    this.category = draft.category();
    this.floor = blankToNull(draft.floor());
    this.unit = blankToNull(draft.unit());
    this.contractStart = draft.contractStart();
    this.contractEnd = draft.contractEnd();
  }

  public void deactivate() {
    status = TenantStatus.INACTIVE;
  }

  public void activate() {
    status = TenantStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  /** A flat picture of the tenant for the audit log. */
  public Map<String, Object> snapshot() {
    Map<String, Object> s = new TreeMap<>();
    s.put("code", code);
    s.put("name", name);
    s.put("category", category);
    s.put("floor", floor);
    s.put("unit", unit);
    s.put("contractStart", contractStart);
    s.put("contractEnd", contractEnd);
    s.put("status", status);
    return s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public Long id() {
    return id;
  }

  public Long mallId() {
    return mallId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Category category() {
    return category;
  }

  public String floor() {
    return floor;
  }

  public String unit() {
    return unit;
  }

  public LocalDate contractStart() {
    return contractStart;
  }

  public LocalDate contractEnd() {
    return contractEnd;
  }

  public TenantStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
