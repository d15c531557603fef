package com.atrium.clearing;

import com.atrium.parking.SettlementCharge;
import java.util.List;

/**
 * One page of the parking charges behind a stored parking line (docs/clearing.md, "Parking"), in
 * charge id order; {@code settlements} is the line's count of parking settlements (its {@code
 * entries}). The minutes and amounts of all pages sum to the line's minutes and to its amount
 * (negated: a payer's line is what it pays) or, on the operator's memo, to its memo; on a {@code
 * LATE_PARKING_} line, which gives back the charges listed, to its minutes and amount (memo)
 * unsigned.
 */
public record SettlementPage(
    List<SettlementCharge> charges, long after, int limit, long settlements) {
  public SettlementPage {
    charges = List.copyOf(charges);
  }
}
