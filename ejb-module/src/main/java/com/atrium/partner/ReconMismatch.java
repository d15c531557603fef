package com.atrium.partner;

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

/**
 * One line on which Atrium and a partner disagree for a day. It stays OPEN until finance resolves
 * it with a reason (audited) or a newer upload of the same day supersedes it; then it never
 * changes.
 */
@Entity
@Table(name = "partner_recon_mismatch")
@NamedQuery(
    name = "ReconMismatch.openOfDay",
    query =
        "select m from ReconMismatch m where m.partnerId = :partner and m.businessDay = :day"
            + " and m.status = com.atrium.partner.MismatchStatus.OPEN")
@NamedQuery(
    name = "ReconMismatch.openBefore",
    query =
        "select count(m) from ReconMismatch m where m.status = com.atrium.partner.MismatchStatus.OPEN"
            + " and m.foundAt < :before")
public class ReconMismatch {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "upload_id", nullable = false, updatable = false)
  private long uploadId;

  @Column(name = "partner_id", nullable = false, updatable = false)
  private long partnerId;

  @Column(name = "business_day", nullable = false, updatable = false)
  private LocalDate businessDay;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MismatchKind kind;

  @Column(name = "partner_txn_id", nullable = false, updatable = false)
  private String partnerTxnId;

  @Column(name = "exchange_id", updatable = false)
  private Long exchangeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "atrium_direction", updatable = false)
  private Direction atriumDirection;

  @Column(name = "atrium_points", updatable = false)
  private Long atriumPoints;

  @Column(name = "atrium_amount", updatable = false)
  private Long atriumAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "partner_direction", updatable = false)
  private Direction partnerDirection;

  @Column(name = "partner_points", updatable = false)
  private Long partnerPoints;

  @Column(name = "partner_amount", updatable = false)
  private Long partnerAmount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MismatchStatus status;

  @Column(name = "found_at", nullable = false, updatable = false)
  private Instant foundAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column private String resolution;

  @Version private long version;

  protected ReconMismatch() {}

  ReconMismatch(
      long uploadId, long partnerId, LocalDate businessDay, ReconMatcher.Found f, Instant now) {
    this.uploadId = uploadId;
    this.partnerId = partnerId;
    this.businessDay = businessDay;
    this.kind = f.kind();
    this.partnerTxnId = f.partnerTxnId();
    if (f.atrium() != null) {
      this.exchangeId = f.atrium().atriumId();
      this.atriumDirection = f.atrium().direction();
      this.atriumPoints = f.atrium().effectivePoints();
      this.atriumAmount = f.atrium().effectiveAmount();
    }
    if (f.partner() != null) {
      this.partnerDirection = f.partner().direction();
      this.partnerPoints = f.partner().effectivePoints();
      this.partnerAmount = f.partner().effectiveAmount();
    }
    this.status = MismatchStatus.OPEN;
    this.foundAt = now;
  }

  void supersede() {
    status = MismatchStatus.SUPERSEDED;
  }

  void resolve(String reason, String by, Instant now) {
    if (status != MismatchStatus.OPEN) {
      throw DomainException.conflict(
          "MISMATCH_NOT_OPEN", "Mismatch " + id + " is " + status + ", not open");
    }
    status = MismatchStatus.RESOLVED;
    resolution = reason;
    resolvedBy = by;
    resolvedAt = now;
  }

  MismatchView view(String partnerCode) {
    return new MismatchView(
        id,
        partnerCode,
        businessDay,
        kind,
        partnerTxnId,
        exchangeId,
        atriumDirection,
        atriumPoints,
        atriumAmount,
        partnerDirection,
        partnerPoints,
        partnerAmount,
        status,
        foundAt,
        resolvedAt,
        resolvedBy,
        resolution);
  }

  MismatchStatus status() {
    return status;
  }

  long partnerId() {
    return partnerId;
  }
}
