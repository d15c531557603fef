package com.atrium.ledger;

import com.atrium.platform.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's accounts: opens member and tenant accounts, looks them up, and keeps the two caches
 * (tenant account ids for the JVM, the locked member account for the transaction). Works in the
 * caller's transaction and opens none of its own, so it is a CDI bean and not an EJB: the posting,
 * expiry and query beans call it without an EJB hop. An account's id never changes once it exists;
 * a member account is locked at most once per transaction and stays locked until it ends.
 */
@ApplicationScoped
public class LedgerAccounts {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transaction;

  /** Tenant account ids by tenant and kind, read once per JVM: a sale reads only the member's. */
  private final Map<TenantAccount, Long> tenantAccounts = new ConcurrentHashMap<>();

  public LedgerAccount openMemberAccount(long memberId) {
    LedgerAccount account = LedgerAccount.ofMember(memberId);
    em.persist(account);
    return account;
  }

  public void openTenantAccounts(long tenantId) {
    em.persist(LedgerAccount.ofTenant(AccountKind.TENANT_ISSUANCE, tenantId));
    em.persist(LedgerAccount.ofTenant(AccountKind.TENANT_REDEMPTION, tenantId));
    em.persist(LedgerAccount.ofTenant(AccountKind.TENANT_CAMPAIGN, tenantId));
  }

  /** The id of a tenant's issuance, redemption or campaign account. */
  public long tenantAccountId(long tenantId, AccountKind kind) {
    TenantAccount key = new TenantAccount(tenantId, kind);
    Long known = tenantAccounts.get(key);
    if (known != null) {
      return known;
    }
    long id =
        em.createNamedQuery("LedgerAccount.ofTenant", LedgerAccount.class)
            .setParameter("tenant", tenantId)
            .setParameter("kind", kind)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "tenant " + tenantId + " has no " + kind + " account"))
            .id();
    tenantAccounts.put(key, id);
    return id;
  }

  /**
   * The id of the operator's account of that kind (breakage, marketing); opened on first use when
   * the database has none yet (the demo seed opens both), so it needs the caller's transaction.
   */
  public long operatorAccountId(AccountKind kind) {
    return operatorAccount(kind).id();
  }

  /**
   * The id of a partner's account (the issuer of the lots it funds, the redeemer of the points
   * exchanged out to it), opened on first use; needs the caller's transaction.
   */
  public long partnerAccountId(String partnerCode) {
    return em.createNamedQuery("LedgerAccount.ofPartner", LedgerAccount.class)
        .setParameter("partner", partnerCode)
        .setParameter("kind", AccountKind.PARTNER)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              LedgerAccount account = LedgerAccount.ofPartner(partnerCode);
              em.persist(account);
              return account;
            })
        .id();
  }

  /** The member's current balance (0 for a member without an account yet). */
  public long balanceOf(long memberId) {
    return memberAccount(memberId).map(LedgerAccount::balance).orElse(0L);
  }

  LedgerAccount operatorAccount(AccountKind kind) {
    return em.createNamedQuery("LedgerAccount.operator", LedgerAccount.class)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              LedgerAccount account = LedgerAccount.ofOperator(kind);
              em.persist(account);
              return account;
            });
  }

  Optional<LedgerAccount> memberAccount(long memberId) {
    return em.createNamedQuery("LedgerAccount.ofMember", LedgerAccount.class)
        .setParameter("member", memberId)
        .setParameter("kind", AccountKind.MEMBER)
        .getResultStream()
        .findFirst();
  }

  /**
   * The member's account, locked until the transaction ends. Locked once per transaction: a sale
   * locks before it evaluates (daily cap) and credits after, and the row lock is held either way.
   */
  LedgerAccount lockedMemberAccount(long memberId) {
    LockedMember key = new LockedMember(memberId);
    if (transaction.getResource(key) instanceof LedgerAccount held && em.contains(held)) {
      return held;
    }
    LedgerAccount account =
        em.createNamedQuery("LedgerAccount.ofMember", LedgerAccount.class)
            .setParameter("member", memberId)
            .setParameter("kind", AccountKind.MEMBER)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> DomainException.notFound("MEMBER_ACCOUNT_MISSING", "Member has no account"));
    transaction.putResource(key, account);
    return account;
  }

  /** The transaction's key for the member account it has locked. */
  private record LockedMember(long memberId) {}

  private record TenantAccount(long tenantId, AccountKind kind) {}
}
