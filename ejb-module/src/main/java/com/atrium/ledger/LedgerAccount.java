package com.atrium.ledger;

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

/**
 * An account of the ledger. Only member accounts keep a stored balance (for speed); it always
 * equals the sum of the account's lines, because {@link #post(long)} is the only way to change it.
 * The other accounts' balances are the sums of their lines, so that no tenant-wide row becomes a
 * point of contention.
 */
@Entity
@Table(name = "ledger_account")
@NamedQuery(
    name = "LedgerAccount.ofMember",
    query = "select a from LedgerAccount a where a.memberId = :member and a.kind = :kind")
@NamedQuery(
    name = "LedgerAccount.ofTenant",
    query = "select a from LedgerAccount a where a.tenantId = :tenant and a.kind = :kind")
@NamedQuery(
    name = "LedgerAccount.ofPartner",
    query = "select a from LedgerAccount a where a.partnerCode = :partner and a.kind = :kind")
@NamedQuery(
    name = "LedgerAccount.operator",
    query =
        "select a from LedgerAccount a where a.kind = :kind and a.tenantId is null"
            + " and a.memberId is null order by a.id")
public class LedgerAccount {

  @Id
  @SequenceGenerator(name = "atrium_seq", sequenceName = "atrium_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atrium_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccountKind kind;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(name = "tenant_id", updatable = false)
  private Long tenantId;

  @Column(name = "partner_code", updatable = false)
  private String partnerCode;

  @Column(nullable = false)
  private long balance;

  @Version private long version;

  protected LedgerAccount() {}

  private LedgerAccount(AccountKind kind, Long memberId, Long tenantId, String partnerCode) {
    this.kind = kind;
    this.memberId = memberId;
    this.tenantId = tenantId;
    this.partnerCode = partnerCode;
  }

  public static LedgerAccount ofMember(long memberId) {
    return new LedgerAccount(AccountKind.MEMBER, memberId, null, null);
  }

  public static LedgerAccount ofPartner(String partnerCode) {
    return new LedgerAccount(AccountKind.PARTNER, null, null, partnerCode);
  }

  public static LedgerAccount ofTenant(AccountKind kind, long tenantId) {
    if (kind != AccountKind.TENANT_ISSUANCE
        && kind != AccountKind.TENANT_REDEMPTION
        && kind != AccountKind.TENANT_CAMPAIGN) {
      throw new IllegalArgumentException("not a tenant account kind: " + kind);
    }
    return new LedgerAccount(kind, null, tenantId, null);
  }

  public static LedgerAccount ofOperator(AccountKind kind) {
    if (kind != AccountKind.OPERATOR_MARKETING
        && kind != AccountKind.COUPONS_OUTSTANDING
        && kind != AccountKind.BREAKAGE) {
      throw new IllegalArgumentException("not an operator account kind: " + kind);
    }
    return new LedgerAccount(kind, null, null, null);
  }

  /**
   * Applies a line's points to a member account's stored balance; refuses to take it below zero.
   * Non-member accounts keep no stored balance.
   */
  void post(long points) {
    post(points, Overdraft.REFUSE);
  }

  /**
   * As {@link #post(long)}; with {@link Overdraft#ALLOW_NEGATIVE} a debit may take the balance
   * below zero (the documented refund policy).
   */
  void post(long points, Overdraft overdraft) {
    if (kind != AccountKind.MEMBER) {
      return;
    }
    long next = Math.addExact(balance, points);
    if (next < 0 && points < 0 && overdraft == Overdraft.REFUSE) {
      throw DomainException.conflict(
          "INSUFFICIENT_POINTS", "The member has " + balance + " points, " + -points + " needed");
    }
    balance = next;
  }

  public Long id() {
    return id;
  }

  public AccountKind kind() {
    return kind;
  }

  public Long memberId() {
    return memberId;
  }

  public String partnerCode() {
    return partnerCode;
  }

  public Long tenantId() {
    return tenantId;
  }

  public long balance() {
    return balance;
  }
}
