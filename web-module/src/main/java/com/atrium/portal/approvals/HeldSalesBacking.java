package com.atrium.portal.approvals;

import com.atrium.earning.HeldSaleView;
import com.atrium.earning.HeldSales;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code merchant/approvals/sales.xhtml} and {@code operator/approvals.xhtml}: the pending held
 * sales the caller may decide (the service scopes them to the manager's tenant or the operator's
 * mall), approved or rejected with a reason.
 */
@Named
@ViewScoped
public class HeldSalesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB HeldSales held;
  @Inject MallConfiguration mall;

  private List<HeldSaleView> pending;
  private String reason;

  public List<HeldSaleView> getPending() {
    if (pending == null) {
      pending = held.pending(200);
    }
    return pending;
  }

  public void approve(HeldSaleView sale) {
    try {
      held.approve(sale.id());
      PortalMessages.info("approvals.approved", sale.receiptNumber());
      pending = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public void reject(HeldSaleView sale) {
    try {
      held.reject(sale.id(), reason);
      PortalMessages.info("approvals.rejected", sale.receiptNumber());
      pending = null;
      reason = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of("reason", "held:reason"));
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }
}
