package com.atrium.ledger;

import com.atrium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Whole-ledger totals by business time ({@code occurred_at}) for the operator's dashboard, each one
 * aggregate query. {@link LedgerReadings} gives clearing its figures by booked time instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({
  Roles.OPERATOR_ADMIN,
  Roles.OPERATOR_MARKETING,
  Roles.OPERATOR_FINANCE,
  Roles.OPERATOR_SERVICE
})
public class LedgerTotals {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  /**
   * Points credited to members by earning and grants whose entries occurred at or after the
   * instant, in every mall (a grant is at none); reversals net out once there are any.
   */
  public long creditedToMembersSince(Instant since) {
    return SqlValues.number(
        em.createNativeQuery(
                "select coalesce(sum(l.points), 0) from journal_line l"
                    + " join journal_entry e on e.id = l.entry_id"
                    + " join ledger_account a on a.id = l.account_id"
                    + " where a.kind = 'MEMBER' and e.kind in ('EARN', 'GRANT')"
                    + " and e.occurred_at >= ?1")
            .setParameter(1, Timestamp.from(since))
            .getSingleResult());
  }
}
