package com.atrium.redemption;

import com.atrium.earning.Channel;
import com.atrium.ledger.AccountKind;
import com.atrium.ledger.EntryKind;
import com.atrium.ledger.LedgerAccounts;
import com.atrium.ledger.LedgerPostings;
import com.atrium.ledger.Overdraft;
import com.atrium.ledger.Posting;
import com.atrium.ledger.Reversal;
import com.atrium.member.MemberService;
import com.atrium.platform.Clock;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.security.CurrentCaller;
import com.atrium.tenant.TenantService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Redeems, verifies and cancels in one transaction each. Locks are always taken in the same order —
 * the member's ledger account (by the ledger), then the reward row (by the stock update) — so
 * concurrent redemptions and cancellations serialise without deadlock. Callers decide who may do
 * what ({@link RedemptionService}); this bean only keeps the books exact.
 */
@Stateless
public class RedemptionBook {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @EJB LedgerPostings ledger;
  @Inject LedgerAccounts accounts;
  @EJB TenantService tenants;
  @EJB MemberService members;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject Event<PointsRedeemed> redeemed;
  @Inject Event<RedemptionCancelled> cancelled;

  /**
   * Debits the reward's price from the member, takes one from stock and issues a coupon. A reward a
   * tenant provides holds the points on the operator's coupons outstanding until the tenant honours
   * the coupon ({@link #verify}), which is when clearing reimburses the tenant; the operator's own
   * rewards are its marketing cost at once. Refuses when the member lacks the points
   * (INSUFFICIENT_POINTS), reached the reward's limit (REWARD_LIMIT_REACHED), or the stock is gone
   * (OUT_OF_STOCK); a refusal changes nothing. The caller identified the member and checked they
   * are active.
   */
  public RedemptionReceipt redeem(
      long rewardId, long memberId, Channel channel, String client, String idempotencyKey) {
    return redeem(
        rewardId, memberId, channel, client, idempotencyKey, ExactlyOnce.Attempt.CHECKING_FIRST);
  }

  /** One attempt of {@link ExactlyOnce}; only a keyed redemption has an original to look for. */
  public RedemptionReceipt redeem(
      long rewardId,
      long memberId,
      Channel channel,
      String client,
      String idempotencyKey,
      ExactlyOnce.Attempt attempt) {
    String hash = ExactlyOnce.hash(rewardId, memberId);
    if (idempotencyKey != null && attempt == ExactlyOnce.Attempt.CHECKING_FIRST) {
      Optional<Redemption> original =
          em.createNamedQuery("Redemption.byIdempotencyKey", Redemption.class)
              .setParameter("client", client)
              .setParameter("key", idempotencyKey)
              .getResultStream()
              .findFirst();
      if (original.isPresent()) {
        if (!original.get().sameRequestAs(hash)) {
          throw DomainException.conflict(
              "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request");
        }
        return receipt(original.get(), true);
      }
    }
    Reward reward = em.find(Reward.class, rewardId);
    if (reward == null) {
      throw DomainException.notFound("REWARD_NOT_FOUND", "No reward " + rewardId);
    }
    Instant now = clock.now();
    reward.requireRedeemableAt(now);
    Long provider = reward.providerTenantId();
    long to =
        provider != null
            ? accounts.operatorAccountId(AccountKind.COUPONS_OUTSTANDING)
            : accounts.operatorAccountId(AccountKind.OPERATOR_MARKETING);
    // the debit locks the member's account: from here on this member's redemptions are serial,
    // so the limit count below cannot be raced
    Posting posting =
        ledger.debit(
            memberId,
            to,
            provider,
            EntryKind.REDEEM,
            reward.pointsPrice(),
            now,
            "Reward " + reward.code(),
            Overdraft.REFUSE);
    long held =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from redemption where member_id = ?1 and reward_id = ?2"
                            + " and status <> 'CANCELLED'")
                    .setParameter(1, memberId)
                    .setParameter(2, rewardId)
                    .getSingleResult())
            .longValue();
    if (held >= reward.perMemberLimit()) {
      throw DomainException.conflict(
          "REWARD_LIMIT_REACHED",
          "A member may hold " + reward.perMemberLimit() + " of reward " + reward.code());
    }
    int taken =
        em.createNativeQuery(
                "update reward set stock = stock - 1, version = version + 1"
                    + " where id = ?1 and stock > 0")
            .setParameter(1, rewardId)
            .executeUpdate();
    if (taken == 0) {
      throw DomainException.conflict(
          "OUT_OF_STOCK", "Reward " + reward.code() + " is out of stock");
    }
    Redemption redemption =
        new Redemption(
            reward,
            mallOf(reward),
            memberId,
            posting.entryId(),
            posting.balance(),
            CouponCode.next(),
            now,
            channel,
            client,
            hash,
            idempotencyKey);
    em.persist(redemption);
    // a replay or a concurrent duplicate surfaces here, where ExactlyOnce asks again
    ExactlyOnce.flush(em);
    redeemed.fire(PointsRedeemed.onReward(redemption, reward.code()));
    return receipt(redemption, false);
  }

  /**
   * Where a redemption happens: at the providing tenant's mall, or at the mall an operator reward
   * belongs to; for a group-wide reward of the operator's own stock, at the mall of the redeeming
   * POS's tenant or one-mall operator, and at none for a group-wide one.
   */
  private Long mallOf(Reward reward) {
    if (reward.providerTenantId() != null) {
      return tenants.mallOf(reward.providerTenantId());
    }
    if (reward.mallId() != null) {
      return reward.mallId();
    }
    return caller.tenantId().map(tenants::mallOf).or(caller::mallId).orElse(null);
  }

  /**
   * Verifies (核销) a coupon once: a conditional update from ISSUED, so of two concurrent
   * verifications exactly one succeeds, and only that one honours a tenant's coupon in the ledger
   * ({@link LedgerPostings#honour}). {@code tenantScope}: the verifying tenant (its own coupons
   * only; another tenant's code is "not found"), or empty for the operator's service desk, which
   * verifies coupons of the operator's own stock.
   */
  public RedemptionReceipt verify(String code, Optional<Long> tenantScope, String by) {
    return verify(code, tenantScope, by, false);
  }

  /**
   * As {@link #verify(String, Optional, String)}; with {@code repeatIsReplay}, a coupon this same
   * verifier already verified is answered again as a replay (a till retrying after a lost answer)
   * instead of refused.
   */
  public RedemptionReceipt verify(
      String code, Optional<Long> tenantScope, String by, boolean repeatIsReplay) {
    Redemption r = findCoupon(code, tenantScope);
    Instant now = clock.now();
    int won =
        em.createNativeQuery(
                "update redemption set status = 'VERIFIED', verified_at = ?1, verified_by = ?2"
                    + " where id = ?3 and status = 'ISSUED' and valid_until > ?1")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, by)
            .setParameter(3, r.id())
            .executeUpdate();
    em.refresh(r);
    if (won == 1 && r.providerTenantId() != null) {
      ledger
          .honour(
              r.journalEntryId(),
              r.providerTenantId(),
              now,
              "Coupon " + r.couponCode() + " honoured")
          .ifPresent(
              entry ->
                  em.createNativeQuery("update redemption set honour_entry_id = ?1 where id = ?2")
                      .setParameter(1, entry)
                      .setParameter(2, r.id())
                      .executeUpdate());
    }
    if (won == 0) {
      if (repeatIsReplay && r.status() == Redemption.Status.VERIFIED && by.equals(r.verifiedBy())) {
        return receipt(r, true);
      }
      throw refusalFor(r, now);
    }
    return receipt(r, false);
  }

  /** A coupon as its providing tenant (or, for operator stock, the operator) may see it. */
  public RedemptionReceipt coupon(String code, Optional<Long> tenantScope) {
    return receipt(findCoupon(code, tenantScope), false);
  }

  /**
   * A coupon with the details its verifier is shown before confirming, or after it was verified:
   * the member only as a masked phone, and the store that verified it (the providing tenant; none
   * for the operator's stock, which the service desk verifies).
   */
  public CouponView preview(String code, Optional<Long> tenantScope) {
    Redemption r = findCoupon(code, tenantScope);
    Reward reward = em.find(Reward.class, r.rewardId());
    String store =
        r.providerTenantId() == null
            ? null
            : tenants.namesOf(List.of(r.providerTenantId())).get(r.providerTenantId());
    return new CouponView(
        r.couponCode(),
        reward.code(),
        reward.name(),
        members.require(r.memberId()).maskedPhone(),
        r.status().name(),
        r.issuedAt(),
        r.validUntil(),
        r.verifiedAt(),
        store,
        r.status() == Redemption.Status.ISSUED && clock.now().isBefore(r.validUntil()));
  }

  /**
   * A coupon of the scope by what was typed or scanned: a code whose check fails is refused as
   * COUPON_CODE_TYPO without a lookup (it says nothing about any coupon); another scope's code is
   * "not found", like an unknown one.
   */
  private Redemption findCoupon(String text, Optional<Long> tenantScope) {
    if (!(CouponCode.read(text) instanceof CouponCode.Valid valid)) {
      throw DomainException.invalid("COUPON_CODE_TYPO", "code", "This coupon code has a typo");
    }
    return em.createNamedQuery("Redemption.byCoupon", Redemption.class)
        .setParameter("code", valid.code())
        .getResultStream()
        .findFirst()
        .filter(r -> Objects.equals(r.providerTenantId(), tenantScope.orElse(null)))
        .orElseThrow(() -> DomainException.notFound("COUPON_NOT_FOUND", "No such coupon"));
  }

  /**
   * Cancels an issued redemption: the points come back through {@link LedgerPostings#reverse} (to
   * the lots they came from, or by the expiry policy to a new lot of the same issuer), the stock is
   * restored and the coupon is void. A verified coupon cannot be cancelled; cancelling a cancelled
   * one answers with it again.
   */
  public RedemptionReceipt cancel(long redemptionId, Optional<String> client, String by) {
    Redemption r = em.find(Redemption.class, redemptionId);
    if (r == null || client.isPresent() && !client.get().equals(r.client())) {
      throw DomainException.notFound("REDEMPTION_NOT_FOUND", "No redemption " + redemptionId);
    }
    Instant now = clock.now();
    int won =
        em.createNativeQuery(
                "update redemption set status = 'CANCELLED', cancelled_at = ?1, cancelled_by = ?2"
                    + " where id = ?3 and status = 'ISSUED'")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, by)
            .setParameter(3, r.id())
            .executeUpdate();
    if (won == 0) {
      em.refresh(r);
      if (r.status() == Redemption.Status.CANCELLED) {
        return receipt(r, true);
      }
      throw DomainException.conflict(
          "COUPON_ALREADY_VERIFIED", "A verified coupon cannot be cancelled");
    }
    Reversal reversal =
        ledger.reverse(r.journalEntryId(), r.points(), "Cancel redemption " + r.id());
    em.createNativeQuery("update redemption set cancel_entry_id = ?1 where id = ?2")
        .setParameter(1, reversal.entryId().orElseThrow())
        .setParameter(2, r.id())
        .executeUpdate();
    em.createNativeQuery("update reward set stock = stock + 1, version = version + 1 where id = ?1")
        .setParameter(1, r.rewardId())
        .executeUpdate();
    em.refresh(r);
    cancelled.fire(
        new RedemptionCancelled(
            r.id(),
            r.memberId(),
            r.providerTenantId(),
            r.mallId(),
            r.points(),
            em.find(Reward.class, r.rewardId()).code(),
            now));
    return receipt(r, false);
  }

  public Optional<RedemptionReceipt> find(long redemptionId, Optional<String> client) {
    return Optional.ofNullable(em.find(Redemption.class, redemptionId))
        .filter(r -> client.isEmpty() || client.get().equals(r.client()))
        .map(r -> receipt(r, false));
  }

  private static DomainException refusalFor(Redemption r, Instant now) {
    return switch (r.status()) {
      case VERIFIED ->
          DomainException.conflict(
              "COUPON_ALREADY_VERIFIED", "This coupon was already verified at " + r.verifiedAt());
      case CANCELLED -> DomainException.conflict("COUPON_CANCELLED", "This coupon was cancelled");
      case ISSUED ->
          DomainException.conflict("COUPON_EXPIRED", "This coupon expired at " + r.validUntil());
    };
  }

  private RedemptionReceipt receipt(Redemption r, boolean replayed) {
    Reward reward = em.find(Reward.class, r.rewardId());
    return new RedemptionReceipt(
        r.id(),
        reward.code(),
        reward.name(),
        r.memberId(),
        r.points(),
        r.balanceAfter(),
        r.couponCode(),
        r.status().name(),
        r.issuedAt(),
        r.validUntil(),
        replayed);
  }
}
