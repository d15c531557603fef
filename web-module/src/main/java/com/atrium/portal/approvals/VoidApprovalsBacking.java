package com.atrium.portal.approvals;

import com.atrium.portal.PortalMessages;
import com.atrium.redemption.SaleVoidView;
import com.atrium.redemption.SaleVoids;
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
 * The voids of the manager's tenant whose points the member had already spent, on {@code
 * merchant/approvals/sales.xhtml}: approved (refunded under the refund policy) or rejected.
 */
@Named
@ViewScoped
public class VoidApprovalsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB SaleVoids voids;
  @Inject MallConfiguration mall;

  private List<SaleVoidView> pending;

  public List<SaleVoidView> getPending() {
    if (pending == null) {
      pending = voids.pending();
    }
    return pending;
  }

  public void approve(SaleVoidView v) {
    try {
      voids.approve(v.id());
      PortalMessages.info("approvals.voidApproved", v.saleId());
      pending = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public void reject(SaleVoidView v) {
    try {
      voids.reject(v.id());
      PortalMessages.info("approvals.voidRejected", v.saleId());
      pending = null;
    } catch (RuntimeException e) {
      PortalMessages.error(e, Map.of());
    }
  }

  public String dateTime(Instant at) {
    return PortalMessages.dateTime(at, mall.zone());
  }
}
