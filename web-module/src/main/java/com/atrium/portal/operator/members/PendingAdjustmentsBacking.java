package com.atrium.portal.operator.members;

import com.atrium.care.AdjustmentView;
import com.atrium.care.PointAdjustments;
import com.atrium.portal.PortalMessages;
import com.atrium.tenant.MallConfiguration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * The manual points adjustments waiting for a second operator, on {@code operator/approvals.xhtml}
 * (included from {@code /WEB-INF/members/pendingAdjustments.xhtml}); each links to its member's
 * page, where it is approved or rejected (docs/members.md).
 */
@Named
@RequestScoped
public class PendingAdjustmentsBacking {

  @EJB PointAdjustments adjustments;
  @Inject MallConfiguration mall;

  private List<AdjustmentView> pending;

  public List<AdjustmentView> getPending() {
    if (pending == null) {
      pending = adjustments.pending();
    }
    return pending;
  }

  public String dateTime(Instant instant) {
    return PortalMessages.dateTime(instant, mall.zone());
  }
}
