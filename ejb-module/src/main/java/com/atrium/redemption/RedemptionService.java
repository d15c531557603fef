package com.atrium.redemption;

import com.atrium.earning.Channel;
import com.atrium.member.MemberService;
import com.atrium.member.MemberSummary;
import com.atrium.platform.DomainException;
import com.atrium.platform.ExactlyOnce;
import com.atrium.platform.IdempotencyKey;
import com.atrium.security.CurrentCaller;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may redeem, verify and cancel: the POS (member-app stand-in) and the operator's service staff
 * redeem; a merchant assistant verifies only coupons of their own tenant, service staff those of
 * the operator's own stock; a POS client cancels its own redemptions, service staff any. A reward
 * is redeemed only where it is offered: the group's everywhere, a mall's at that mall's tills and
 * one-mall desks (and at group-wide desks); elsewhere it is REWARD_NOT_FOUND ({@link RewardScope}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RedemptionService {

  @EJB RedemptionBook book;
  @EJB RewardService rewards;
  @EJB MemberService members;
  @Inject CurrentCaller caller;

  /** A machine redemption, idempotent by the client's Idempotency-Key (required). */
  @RolesAllowed(Roles.POS)
  public RedemptionReceipt redeem(
      String rewardCode, String phone, String cardNumber, String idempotencyKey) {
    if (idempotencyKey == null) {
      throw DomainException.invalid(
          "IDEMPOTENCY_KEY_REQUIRED", "Idempotency-Key", "A redemption needs an Idempotency-Key");
    }
    IdempotencyKey key = new IdempotencyKey(idempotencyKey);
    long rewardId = rewards.requireByCode(rewardCode).id();
    long memberId = active(members.require(phone, cardNumber));
    String client = caller.name();
    return ExactlyOnce.run(
        attempt -> book.redeem(rewardId, memberId, Channel.POS, client, key.value(), attempt));
  }

  /** Service staff redeem a reward for a member at the service desk. */
  @RolesAllowed({Roles.OPERATOR_SERVICE, Roles.OPERATOR_ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt redeemAtDesk(long rewardId, long memberId) {
    rewards.get(rewardId);
    active(members.require(memberId));
    return book.redeem(rewardId, memberId, Channel.PORTAL, caller.name(), null);
  }

  @RolesAllowed({Roles.MERCHANT_ASSISTANT, Roles.OPERATOR_SERVICE, Roles.OPERATOR_ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt verify(String couponCode) {
    return book.verify(couponCode, scope(), caller.name());
  }

  /**
   * A coupon of the caller's scope with the member masked and, once verified, when and at which
   * store: what the portal shows before the assistant confirms. Changes nothing.
   */
  @RolesAllowed({Roles.MERCHANT_ASSISTANT, Roles.OPERATOR_SERVICE, Roles.OPERATOR_ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public CouponView preview(String couponCode) {
    return book.preview(couponCode, scope());
  }

  /**
   * A till verifies (核销) a coupon of its own tenant's reward; another tenant's code is not found.
   * The same key retrying after a lost answer gets the verified coupon again, as a replay.
   */
  @RolesAllowed(Roles.POS)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt verifyAtTill(String couponCode) {
    return book.verify(couponCode, Optional.of(caller.requireTenantId()), caller.name(), true);
  }

  /** A coupon of the till's tenant, to show before verifying it; changes nothing. */
  @RolesAllowed(Roles.POS)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt couponAtTill(String couponCode) {
    return book.coupon(couponCode, Optional.of(caller.requireTenantId()));
  }

  @RolesAllowed(Roles.POS)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt cancelOwn(long redemptionId) {
    return book.cancel(redemptionId, Optional.of(caller.name()), caller.name());
  }

  @RolesAllowed({Roles.OPERATOR_SERVICE, Roles.OPERATOR_ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt cancel(long redemptionId) {
    return book.cancel(redemptionId, Optional.empty(), caller.name());
  }

  @RolesAllowed(Roles.POS)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public RedemptionReceipt getOwn(long redemptionId) {
    return book.find(redemptionId, Optional.of(caller.name()))
        .orElseThrow(
            () ->
                DomainException.notFound("REDEMPTION_NOT_FOUND", "No redemption " + redemptionId));
  }

  private static long active(MemberSummary member) {
    if (!member.isActive()) {
      throw DomainException.conflict("MEMBER_BLOCKED", "The member's account is blocked");
    }
    return member.id();
  }

  /** A merchant assistant's scope is their tenant; operators act for the operator's own stock. */
  private Optional<Long> scope() {
    return caller.isOperator() ? Optional.empty() : Optional.of(caller.requireTenantId());
  }
}
