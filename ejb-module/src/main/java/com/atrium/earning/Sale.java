package com.atrium.earning;

import com.atrium.platform.ExactlyOnce;
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

/**
 * A sale through a member at a tenant. The tenant and its receipt number identify it, so a POS that
 * posts the same receipt again gets the original back; the request hash tells a true replay from a
 * different sale reusing the number.
 */
@Entity
@Table(name = "sale")
@NamedQuery(
    name = "Sale.byReceipt",
    query = "select s from Sale s where s.tenantId = :tenant and s.receiptNumber = :receipt")
@NamedQuery(
    name = "Sale.byIdempotencyKey",
    query = "select s from Sale s where s.tenantId = :tenant and s.idempotencyKey = :key")
@NamedQuery(
    name = "Sale.pointsOfMemberBetween",
    query =
        "select coalesce(sum(s.points), 0) from Sale s where s.memberId = :member"
            + " and s.occurredAt >= :from and s.occurredAt < :to")
@NamedQuery(
    name = "Sale.explanationsOfEntries",
    query = "select s.journalEntryId, s.explanation from Sale s where s.journalEntryId in :entries")
@NamedQuery(
    name = "Sale.ofMemberInMall",
    query =
        "select new com.atrium.earning.MallSale(s.id, s.tenantId, s.amount, s.refundedAmount,"
            + " s.occurredAt) from Sale s where s.memberId = :member and s.mallId = :mall"
            + " and s.occurredAt >= :from and s.occurredAt <= :upTo"
            + " and s.refundedAmount < s.amount order by s.occurredAt, s.id")
@NamedQuery(
    name = "Sale.spendOfMemberBetween",
    query =
        "select coalesce(sum(s.amount - s.refundedAmount), 0) from Sale s where s.memberId = :member"
            + " and s.occurredAt > :after and s.occurredAt <= :upTo")
@NamedQuery(
    name = "Sale.dayOfMember",
    query =
        "select count(s), coalesce(sum(s.amount), 0) from Sale s where s.memberId = :member"
            + " and s.occurredAt >= :from and s.occurredAt < :to")
@NamedQuery(
    name = "Sale.countOfRecorderBetween",
    query =
        "select count(s) from Sale s where s.recordedBy = :recorder"
            + " and s.recordedAt >= :from and s.recordedAt < :to")
public class Sale implements ExactlyOnce.Recorded {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private Long tenantId;

  /** The mall of the sale's tenant, so that a mall's figures need no tenant. */
  @Column(name = "mall_id", nullable = false, updatable = false)
  private Long mallId;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "receipt_number", nullable = false, updatable = false)
  private String receiptNumber;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private long points;

  /** The member's tier the sale was evaluated with (what-if simulations read it, not today's). */
  @Column(name = "tier_code", nullable = false, updatable = false)
  private String tierCode;

  /** Whether the sale was evaluated as in the member's birthday month. */
  @Column(name = "birthday_month", nullable = false, updatable = false)
  private boolean birthdayMonth;

  @Column(nullable = false, updatable = false)
  private String explanation;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  /**
   * CNY refunded so far (voids included: they are refunds); never more than {@link #amount}. Kept
   * here by {@link SaleRefunds} so that a view of the spend ({@link MemberSpend}) can net it
   * without reading the refunds' table.
   */
  @Column(name = "refunded_amount", nullable = false, precision = 14, scale = 2)
  private BigDecimal refundedAmount = BigDecimal.ZERO;

  @Column(name = "balance_after")
  private Long balanceAfter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(name = "request_hash", nullable = false, updatable = false)
  private String requestHash;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Sale() {}

  Sale(
      long tenantId,
      long mallId,
      long memberId,
      String receiptNumber,
      SaleFacts facts,
      Evaluation evaluation,
      Channel channel,
      String requestHash,
      String idempotencyKey,
      String recordedBy,
      Instant recordedAt) {
    this.tenantId = tenantId;
    this.mallId = mallId;
    this.memberId = memberId;
    this.receiptNumber = receiptNumber;
    this.amount = facts.amount();
    this.occurredAt = facts.occurredAt();
    this.tierCode = facts.tier();
    this.birthdayMonth = facts.birthdayMonth();
    this.points = evaluation.points();
    this.explanation = evaluation.toJson();
    this.channel = channel;
    this.requestHash = requestHash;
    this.idempotencyKey = idempotencyKey;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void credited(long entryId, long balance) {
    this.journalEntryId = entryId;
    this.balanceAfter = balance;
  }

  void uncredited(long balance) {
    this.balanceAfter = balance;
  }

  void refunded(BigDecimal cny) {
    this.refundedAmount = this.refundedAmount.add(cny);
  }

  /** True when a new request is the same sale as this one (a replay), not a different one. */
  @Override
  public boolean sameRequestAs(String otherHash) {
    return requestHash.equals(otherHash);
  }

  public Long id() {
    return id;
  }

  public Long tenantId() {
    return tenantId;
  }

  public Long mallId() {
    return mallId;
  }

  public Long memberId() {
    return memberId;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public long points() {
    return points;
  }

  public Evaluation evaluation() {
    return Evaluation.fromJson(explanation);
  }

  public Long journalEntryId() {
    return journalEntryId;
  }

  public Long balanceAfter() {
    return balanceAfter;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Channel channel() {
    return channel;
  }
}
