package com.atrium.portal.operator.rewards;

import com.atrium.member.MemberService;
import com.atrium.member.MemberView;
import com.atrium.portal.PortalMessages;
import com.atrium.redemption.CouponQr;
import com.atrium.redemption.RedemptionReceipt;
import com.atrium.redemption.RedemptionService;
import com.atrium.redemption.RewardService;
import com.atrium.redemption.RewardView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code operator/rewards/redeem.xhtml}: service staff find a member, redeem a reward for them and
 * show the coupon (code and QR); they may cancel it again while it is not verified. Only the
 * rewards offered where the desk is are offered (a one-mall desk: the group's and its mall's).
 */
@Named
@ViewScoped
public class RedeemRewardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MemberService members;
  @EJB RewardService rewards;
  @EJB RedemptionService redemptions;

  private String identifier;
  private MemberView member;
  private Long rewardId;
  private RedemptionReceipt coupon;

  public void identify() {
    coupon = null;
    try {
      member = members.identify(identifier).orElse(null);
      if (member == null) {
        PortalMessages.info("desk.notFound");
      }
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of("phone", "find:identifier", "cardNumber", "find:identifier"));
    }
  }

  private List<RewardView> offered;

  public List<RewardView> getRewards() {
    if (offered == null) {
      offered = rewards.redeemable();
    }
    return offered;
  }

  public void redeem() {
    try {
      coupon = redemptions.redeemAtDesk(rewardId, member.id());
      member = members.get(member.id());
      PortalMessages.info("desk.redeemed", coupon.rewardName());
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public void cancel() {
    try {
      coupon = redemptions.cancel(coupon.redemptionId());
      member = members.get(member.id());
      PortalMessages.info("desk.cancelled");
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  /** The coupon's QR code as an inline SVG data URI. */
  public String getQr() {
    return coupon == null
        ? null
        : "data:image/svg+xml;base64,"
            + Base64.getEncoder()
                .encodeToString(
                    CouponQr.svg(coupon.couponCode(), 200).getBytes(StandardCharsets.UTF_8));
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public MemberView getMember() {
    return member;
  }

  public Long getRewardId() {
    return rewardId;
  }

  public void setRewardId(Long rewardId) {
    this.rewardId = rewardId;
  }

  public RedemptionReceipt getCoupon() {
    return coupon;
  }
}
