package com.atrium.clearing;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of a tenant's clearing terms, in force from {@code effectiveFrom} until the tenant's
 * next version. Never changed once written (no setters, every column not updatable): a change adds
 * a version, so the rate behind every booked statement line stays readable.
 */
@Entity
@Table(name = "clearing_terms")
@NamedQuery(
    name = "ClearingTermsVersion.ofTenant",
    query =
        "select v from ClearingTermsVersion v where v.tenantId = :tenant"
            + " order by v.effectiveFrom desc, v.version desc")
@NamedQuery(
    name = "ClearingTermsVersion.inForceAt",
    query =
        "select v from ClearingTermsVersion v where v.tenantId = :tenant"
            + " and v.effectiveFrom <= :at order by v.effectiveFrom desc, v.version desc")
@NamedQuery(
    name = "ClearingTermsVersion.ofTenantsBefore",
    query =
        "select v from ClearingTermsVersion v where v.tenantId in :tenants"
            + " and v.effectiveFrom < :to order by v.tenantId, v.effectiveFrom, v.version")
@NamedQuery(
    name = "ClearingTermsVersion.tenantsWithTerms",
    query = "select distinct v.tenantId from ClearingTermsVersion v")
public class ClearingTermsVersion {

  static final int NOTE_MAX = 200;

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  /** Numbered per tenant from 1 (the seed); breaks a tie of two versions starting together. */
  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private Instant effectiveFrom;

  @Column(name = "cost_per_point", nullable = false, updatable = false)
  private BigDecimal costPerPoint;

  @Column(name = "reimbursement_per_point", nullable = false, updatable = false)
  private BigDecimal reimbursementPerPoint;

  @Column(name = "clearing_fee_percent", nullable = false, updatable = false)
  private BigDecimal clearingFeePercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "settlement_mode", nullable = false, updatable = false)
  private SettlementMode settlementMode;

  @Column(updatable = false)
  private String note;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ClearingTermsVersion() {}

  /** A version of the given terms; refuses rates, a fee or a note out of bounds. */
  ClearingTermsVersion(
      long tenantId,
      int version,
      Instant effectiveFrom,
      TermsDraft terms,
      String createdBy,
      Instant createdAt) {
    ClearingRates.requireRate(terms.costPerPoint(), "COST_PER_POINT_INVALID", "costPerPoint");
    ClearingRates.requireRate(
        terms.reimbursementPerPoint(), "REIMBURSEMENT_PER_POINT_INVALID", "reimbursementPerPoint");
    ClearingRates.requirePercent(
        terms.clearingFeePercent(), "CLEARING_FEE_INVALID", "clearingFeePercent");
    if (terms.settlementMode() == null) {
      throw DomainException.invalid(
          "SETTLEMENT_MODE_INVALID", "settlementMode", "settlementMode is POSTPAID or PREPAID");
    }
    if (terms.note() != null && terms.note().length() > NOTE_MAX) {
      throw DomainException.invalid("NOTE_INVALID", "note", "A note is at most 200 characters");
    }
    this.tenantId = tenantId;
    this.version = version;
    // the database keeps microseconds: the start read back is the start written
    this.effectiveFrom = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
    this.costPerPoint = terms.costPerPoint().setScale(4);
    this.reimbursementPerPoint = terms.reimbursementPerPoint().setScale(4);
    this.clearingFeePercent = terms.clearingFeePercent().setScale(2);
    this.settlementMode = terms.settlementMode();
    this.note = terms.note() == null || terms.note().isBlank() ? null : terms.note().trim();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** True when the other terms price and settle exactly as these do. */
  boolean sameTermsAs(TermsDraft other) {
    return costPerPoint.compareTo(other.costPerPoint()) == 0
        && reimbursementPerPoint.compareTo(other.reimbursementPerPoint()) == 0
        && clearingFeePercent.compareTo(other.clearingFeePercent()) == 0
        && settlementMode == other.settlementMode();
  }

  /** A flat picture for the audit log. */
  Map<String, Object> snapshot() {
    Map<String, Object> s = new TreeMap<>();
    s.put("version", version);
    s.put("effectiveFrom", effectiveFrom);
    s.put("costPerPoint", costPerPoint.toPlainString());
    s.put("reimbursementPerPoint", reimbursementPerPoint.toPlainString());
    s.put("clearingFeePercent", clearingFeePercent.toPlainString());
    s.put("settlementMode", settlementMode);
    s.put("note", note);
    return s;
  }

  /** As the adapters see it; an unsaved version (the seed a tenant would get) has id 0. */
  TermsVersion view() {
    return new TermsVersion(
        id == null ? 0 : id,
        tenantId,
        version,
        effectiveFrom,
        costPerPoint,
        reimbursementPerPoint,
        clearingFeePercent,
        settlementMode,
        note,
        createdBy,
        createdAt);
  }

  Long tenantId() {
    return tenantId;
  }

  int version() {
    return version;
  }

  Instant effectiveFrom() {
    return effectiveFrom;
  }
}
