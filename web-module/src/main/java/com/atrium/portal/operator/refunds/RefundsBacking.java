package com.atrium.portal.operator.refunds;

import com.atrium.portal.PortalMessages;
import com.atrium.redemption.RefundReceipt;
import com.atrium.redemption.SaleVoids;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** {@code operator/refunds.xhtml}: an operator refunds any sale of their malls with a reason. */
@Named
@ViewScoped
public class RefundsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SaleVoids voids;

  private Long saleId;
  private BigDecimal amount;
  private String reason;

  public void refund() {
    try {
      RefundReceipt r = voids.refundAtDesk(saleId == null ? 0 : saleId, amount, reason);
      PortalMessages.info("refunds.done", r.points());
      saleId = null;
      amount = null;
      reason = null;
    } catch (RuntimeException e) {
      PortalMessages.error(
          e, Map.of("sale", "refund:sale", "amount", "refund:amount", "reason", "refund:reason"));
    }
  }

  public Long getSaleId() {
    return saleId;
  }

  public void setSaleId(Long saleId) {
    this.saleId = saleId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
