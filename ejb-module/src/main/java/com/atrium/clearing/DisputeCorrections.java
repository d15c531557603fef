package com.atrium.clearing;

import com.atrium.platform.DomainException;
import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The corrections finance agreed on disputes, waiting to be carried into a later period's statement
 * of their tenant as adjustment lines naming their original run and period (docs/clearing.md,
 * "Tenant statements and disputes"). A disputed statement never changes; its correction lands in a
 * later one. For the calculator of the run that carries them: it asks {@link #pendingFor} and the
 * run that carries a correction records itself on the dispute ({@code carried_run_id}), so that no
 * correction is carried twice.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR_FINANCE, Roles.OPERATOR_ADMIN})
public class DisputeCorrections {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * The accepted corrections of the mall's given tenants not yet carried, whose original period
   * ended by {@code bookedTo} (the end of the period that is to carry them), by tenant, oldest
   * answer first.
   */
  public List<PendingCorrection> pendingFor(
      long mallId, Collection<Long> tenantIds, Instant bookedTo) {
    if (tenantIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("ClearingDispute.pending", Object[].class)
        .setParameter("mall", mallId)
        .setParameter("tenants", Set.copyOf(tenantIds))
        .setParameter("bookedTo", bookedTo)
        .getResultStream()
        .map(
            r -> {
              ClearingDispute d = (ClearingDispute) r[0];
              RunView run = ((ClearingRun) r[1]).view(null);
              return new PendingCorrection(
                  d.id(),
                  d.tenantId(),
                  d.runId(),
                  run.periodKind(),
                  run.periodStart(),
                  run.bookedFrom(),
                  d.correction(),
                  d.answeredAt());
            })
        .toList();
  }

  /**
   * Records that run {@code runId} carried these corrections, so that no later run carries them
   * again; refuses one that is not a pending correction (409 {@code CORRECTION_NOT_PENDING}).
   */
  public void carried(Collection<Long> disputeIds, long runId) {
    for (long id : Set.copyOf(disputeIds)) {
      // locked: two runs submitted at once carrying one correction, the second finds it carried
      ClearingDispute d = em.find(ClearingDispute.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (d == null) {
        throw DomainException.conflict("CORRECTION_NOT_PENDING", "No correction " + id);
      }
      d.carriedBy(runId);
    }
  }
}
