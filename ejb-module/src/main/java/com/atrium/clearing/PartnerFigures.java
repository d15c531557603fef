package com.atrium.clearing;

import java.util.List;
import java.util.Objects;

/**
 * Everything the arithmetic needs for one partner's statement: its settlement mode now (which
 * decides only whether it keeps a deposit: each exchange figure says whether it drew on it), its
 * exchanges' figures, a prepaid partner's deposit over the period (null when postpaid, or when the
 * run is not the one its deposit is cleared in: a group-wide partner's parking at another mall) and
 * the parking minutes its rights gave ({@link ParkingFigures#NONE} when none).
 */
public record PartnerFigures(
    String party,
    SettlementMode mode,
    List<ExchangeFigures> exchanges,
    DepositFigures deposit,
    ParkingFigures parking) {

  public PartnerFigures {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(parking, "parking");
    exchanges = List.copyOf(exchanges);
    if (mode == SettlementMode.POSTPAID && deposit != null) {
      throw new IllegalArgumentException("a postpaid partner keeps no deposit");
    }
  }
}
