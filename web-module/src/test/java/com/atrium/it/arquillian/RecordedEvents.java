package com.atrium.it.arquillian;

import com.atrium.earning.SaleRefunded;
import com.atrium.redemption.PointsRedeemed;
import com.atrium.redemption.RedemptionCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Observes the domain events inside the deployment under test, as a context above would: a test
 * reads back the ones of its own member (tests run beside each other's data).
 */
@ApplicationScoped
public class RecordedEvents {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  void saleRefunded(@Observes SaleRefunded e) {
    events.add(e);
  }

  void pointsRedeemed(@Observes PointsRedeemed e) {
    events.add(e);
  }

  void redemptionCancelled(@Observes RedemptionCancelled e) {
    events.add(e);
  }

  /** The events of one type that match, in the order they were fired. */
  public <T> List<T> of(Class<T> type, Predicate<T> which) {
    return events.stream().filter(type::isInstance).map(type::cast).filter(which).toList();
  }
}
