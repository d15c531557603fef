package com.atrium.clearing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One block of points a prepaid tenant bought. Its figures never change once written; only the
 * alert's counter and time move, and the alert goes out once: {@link #draw} reports the crossing
 * only to the first caller that reaches the threshold (callers hold the row's lock).
 */
@Entity
@Table(name = "prepaid_block_purchase")
@NamedQuery(
    name = "PrepaidBlockPurchase.byReference",
    query =
        "select p from PrepaidBlockPurchase p where p.tenantId = :tenant and p.reference = :reference")
@NamedQuery(
    name = "PrepaidBlockPurchase.ofTenant",
    query =
        "select p from PrepaidBlockPurchase p where p.tenantId = :tenant"
            + " order by p.purchasedAt desc, p.id desc")
@NamedQuery(
    name = "PrepaidBlockPurchase.countOfTenant",
    query = "select count(p) from PrepaidBlockPurchase p where p.tenantId = :tenant")
@NamedQuery(
    name = "PrepaidBlockPurchase.ofTenantsBefore",
    query =
        "select p.tenantId, p.purchasedAt, p.points from PrepaidBlockPurchase p"
            + " where p.tenantId in :tenants and p.purchasedAt < :to")
@NamedQuery(
    name = "PrepaidBlockPurchase.armedOfTenant",
    query =
        "select p.id from PrepaidBlockPurchase p where p.tenantId = :tenant and p.alertedAt is null"
            + " order by p.purchasedAt desc, p.id desc")
public class PrepaidBlockPurchase {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private long tenantId;

  @Column(nullable = false, updatable = false)
  private long points;

  @Column(name = "cost_per_point", nullable = false, updatable = false)
  private BigDecimal costPerPoint;

  @Column(nullable = false, updatable = false)
  private BigDecimal price;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(updatable = false)
  private String note;

  @Column(name = "purchased_by", nullable = false, updatable = false)
  private String purchasedBy;

  @Column(name = "purchased_at", nullable = false, updatable = false)
  private Instant purchasedAt;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private long balanceAfter;

  @Column(name = "alert_at_or_below", nullable = false, updatable = false)
  private long alertAtOrBelow;

  @Column(name = "drawn_after", nullable = false)
  private long drawnAfter;

  @Column(name = "alerted_at")
  private Instant alertedAt;

  protected PrepaidBlockPurchase() {}

  PrepaidBlockPurchase(
      long tenantId,
      BlockPurchaseDraft draft,
      BigDecimal costPerPoint,
      long standingBefore,
      long alertAtOrBelow,
      String purchasedBy,
      Instant purchasedAt) {
    this.tenantId = tenantId;
    this.points = draft.points();
    this.costPerPoint = costPerPoint.setScale(4);
    this.price = StatementArithmetic.amount(draft.points(), costPerPoint);
    this.reference = draft.reference();
    this.note = draft.note();
    this.purchasedBy = purchasedBy;
    // the database keeps microseconds: the time read back is the time written
    this.purchasedAt = purchasedAt.truncatedTo(ChronoUnit.MICROS);
    this.balanceAfter = BlockBalances.standing(standingBefore, draft.points(), 0);
    this.alertAtOrBelow = alertAtOrBelow;
  }

  /**
   * Counts points the tenant's sales funded from this block; true once, when they first bring it to
   * its alert threshold or below (the alert is then due and marked sent at {@code now}).
   */
  boolean draw(long funded, Instant now) {
    if (alertedAt != null) {
      return false;
    }
    drawnAfter = Math.addExact(drawnAfter, funded);
    if (BlockBalances.low(balanceAfter, drawnAfter, alertAtOrBelow)) {
      alertedAt = now;
      return true;
    }
    return false;
  }

  /** True when a request with this body is a replay of this purchase. */
  boolean sameAs(BlockPurchaseDraft draft) {
    return points == draft.points() && Objects.equals(note, draft.note());
  }

  Map<String, Object> snapshot() {
    Map<String, Object> s = new TreeMap<>();
    s.put("points", points);
    s.put("costPerPoint", costPerPoint.toPlainString());
    s.put("price", price.toPlainString());
    s.put("reference", reference);
    s.put("note", note);
    s.put("balanceAfter", balanceAfter);
    s.put("alertAtOrBelow", alertAtOrBelow);
    return s;
  }

  /** As the adapters see it; an unsaved purchase has id 0. */
  BlockPurchaseView view() {
    return new BlockPurchaseView(
        id == null ? 0 : id,
        tenantId,
        points,
        costPerPoint,
        price,
        reference,
        note,
        purchasedBy,
        purchasedAt,
        balanceAfter,
        alertAtOrBelow,
        Optional.ofNullable(alertedAt));
  }

  Long id() {
    return id;
  }

  long tenantId() {
    return tenantId;
  }

  long points() {
    return points;
  }

  long remaining() {
    return balanceAfter - drawnAfter;
  }
}
