package com.atrium.earning;

import com.atrium.tenant.SaleLimits;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * Counts, after each booked sale, the member's sales of its business day and the recorder's sales
 * of today; when this sale is the one that crosses a velocity limit, it tells the desk (one event
 * per crossing, not one per sale after it). The sale is booked regardless: velocity informs.
 */
@Stateless
public class SaleVelocity {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Event<SaleVelocityExceeded> exceeded;

  /** {@code zone}: the zone of the sale's mall, whose business days the limits count. */
  public void check(Sale sale, SaleLimits limits, ZoneId zone) {
    if (limits.perMemberPerDay().isPresent() || limits.perMemberPerDayAmount().isPresent()) {
      MallDay day = MallDay.of(sale.occurredAt(), zone);
      Object[] row =
          em.createNamedQuery("Sale.dayOfMember", Object[].class)
              .setParameter("member", sale.memberId())
              .setParameter("from", day.from())
              .setParameter("to", day.to())
              .getSingleResult();
      long count = ((Number) row[0]).longValue();
      BigDecimal amount = new BigDecimal(row[1].toString());
      boolean now = limits.memberOverVelocity(count, amount);
      boolean before = limits.memberOverVelocity(count - 1, amount.subtract(sale.amount()));
      if (now && !before) {
        exceeded.fire(
            new SaleVelocityExceeded(
                sale.id(),
                sale.memberId(),
                sale.mallId(),
                SaleVelocityExceeded.Kind.MEMBER,
                sale.recordedBy(),
                count,
                amount));
      }
    }
    if (limits.perAssistantPerDay().isPresent()) {
      MallDay day = MallDay.of(sale.recordedAt(), zone);
      long count =
          em.createNamedQuery("Sale.countOfRecorderBetween", Long.class)
              .setParameter("recorder", sale.recordedBy())
              .setParameter("from", day.from())
              .setParameter("to", day.to())
              .getSingleResult();
      if (limits.assistantOverVelocity(count) && !limits.assistantOverVelocity(count - 1)) {
        exceeded.fire(
            new SaleVelocityExceeded(
                sale.id(),
                sale.memberId(),
                sale.mallId(),
                SaleVelocityExceeded.Kind.ASSISTANT,
                sale.recordedBy(),
                count,
                sale.amount()));
      }
    }
  }
}
