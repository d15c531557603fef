package com.atrium.earning;

import com.atrium.tenant.MallConfiguration;
import com.atrium.tenant.SaleLimits;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

  @Inject MallConfiguration configuration;
  @Inject Event<SaleVelocityExceeded> exceeded;

  public void check(Sale sale, SaleLimits limits) {
    ZoneId zone = configuration.zone();
    if (limits.perMemberPerDay().isPresent() || limits.perMemberPerDayAmount().isPresent()) {
      LocalDate day = sale.occurredAt().atZone(zone).toLocalDate();
      Object[] row =
          em.createNamedQuery("Sale.dayOfMember", Object[].class)
              .setParameter("member", sale.memberId())
              .setParameter("from", day.atStartOfDay(zone).toInstant())
              .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
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
      Instant at = sale.recordedAt();
      LocalDate day = at.atZone(zone).toLocalDate();
      long count =
          em.createNamedQuery("Sale.countOfRecorderBetween", Long.class)
              .setParameter("recorder", sale.recordedBy())
              .setParameter("from", day.atStartOfDay(zone).toInstant())
              .setParameter("to", day.plusDays(1).atStartOfDay(zone).toInstant())
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
