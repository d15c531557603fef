package com.atrium.portal.merchant;

import com.atrium.portal.PortalMessages;
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
 * {@code merchant/verify.xhtml}: the assistant types or scans a coupon code and verifies (核销) it;
 * only coupons of their own tenant exist for them, and each coupon is verified once.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FIELDS = Map.of("code", "verify:code");

  @EJB RedemptionService redemptions;
  @Inject MallConfiguration mall;

  private String code;
  private RedemptionReceipt verified;

  public void verify() {
    verified = null;
    try {
      verified = redemptions.verify(code == null ? null : code.trim());
      PortalMessages.info("verify.done", verified.rewardName());
      code = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, FIELDS);
    }
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public RedemptionReceipt getVerified() {
    return verified;
  }
}
