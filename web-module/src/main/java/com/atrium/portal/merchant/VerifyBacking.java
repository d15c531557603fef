package com.atrium.portal.merchant;

import com.atrium.platform.DomainException;
import com.atrium.portal.PortalMessages;
import com.atrium.redemption.CouponView;
import com.atrium.redemption.RedemptionReceipt;
import com.atrium.redemption.RedemptionService;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * {@code merchant/verify.xhtml}: the assistant types or scans a coupon code, sees the coupon
 * (reward, member masked, validity; or when and where it was already verified) and confirms; only
 * the confirmation verifies (核销). Only coupons of their own tenant exist for them, and each coupon
 * is verified once.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("code", "verify:code");

  @EJB RedemptionService redemptions;
  @Inject MallConfiguration mall;

  private String code;
  private CouponView coupon;
  private RedemptionReceipt verified;

  /** Looks the coupon up and shows it; changes nothing. */
  public void check() {
    coupon = null;
    verified = null;
    try {
      coupon = redemptions.preview(code);
    } catch (DomainException refused) {
      // every answer about the typed code (a typo, no such coupon) stays beside the field
      PortalMessages.error(
          new DomainException(refused.kind(), refused.code(), "code", refused.getMessage()),
          FIELDS);
    }
  }

  /** Verifies the coupon shown; one that another till took meanwhile is shown as used. */
  public void confirm() {
    if (coupon == null) {
      return;
    }
    try {
      verified = redemptions.verify(coupon.couponCode());
      coupon = null;
      code = null;
    } catch (DomainException refused) {
      // verified at another till a moment ago, or expired meanwhile: the coupon now shows why
      coupon = redemptions.preview(coupon.couponCode());
      if (coupon.verifiedAt() == null) {
        PortalMessages.error(refused, FIELDS);
      }
    }
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }

  /**
   * "Already verified at {store} on {time}", the store being the service desk for operator stock.
   */
  public String usedText() {
    if (coupon == null || coupon.verifiedAt() == null) {
      return "";
    }
    String where =
        coupon.verifiedStore() == null
            ? PortalMessages.text("verify.serviceDesk")
            : coupon.verifiedStore();
    return PortalMessages.text("verify.alreadyVerified", where, dateTime(coupon.verifiedAt()));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public CouponView getCoupon() {
    return coupon;
  }

  public RedemptionReceipt getVerified() {
    return verified;
  }
}
