package com.atrium.ledger;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where points leave lots: a debit, the take-back of a credit's reversal and an
 * expiry all apply a {@link ConsumptionPlan} here. Each take empties that many points of its lot
 * and is recorded as a {@link LotConsumption} of the entry, so the consumptions of an entry always
 * sum to the points its lots gave.
 */
final class Lots {

  private Lots() {}

  /** Plans taking {@code points} from the lots with points left, soonest-to-expire first. */
  static ConsumptionPlan plan(Collection<PointsLot> lots, long points) {
    return ConsumptionPlan.of(
        lots.stream().filter(l -> l.pointsRemaining() > 0).map(PointsLot::asOpenLot).toList(),
        points);
  }

  /** Applies the plan to the (locked) lots it was made from, under the entry that took them. */
  static void take(
      EntityManager em, long entryId, ConsumptionPlan plan, Collection<PointsLot> lots) {
    Map<Long, PointsLot> byId =
        lots.stream().collect(Collectors.toMap(PointsLot::id, Function.identity()));
    for (ConsumptionPlan.Take take : plan.takes()) {
      byId.get(take.lotId()).consume(take.points());
      em.persist(new LotConsumption(entryId, take.lotId(), take.points()));
    }
  }
}
