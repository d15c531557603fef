package com.atrium.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches Atrium's exchanges of a day with a partner's lines by transaction id. Two lines agree
 * when direction and what each side counts as done (points and partner units, none once rejected or
 * reversed) are equal; a pending exchange out counts as done on both sides until settled.
 */
final class ReconMatcher {

  record Found(
      MismatchKind kind, String partnerTxnId, ReconFile.Line atrium, ReconFile.Line partner) {}

  record Result(int matched, List<Found> mismatches) {}

  private ReconMatcher() {}

  static Result match(List<ReconFile.Line> atrium, List<ReconFile.Line> partner) {
    Map<String, ReconFile.Line> theirs = new LinkedHashMap<>();
    partner.forEach(l -> theirs.put(l.partnerTxnId(), l));
    List<Found> found = new ArrayList<>();
    int matched = 0;
    for (ReconFile.Line ours : atrium) {
      ReconFile.Line their = theirs.remove(ours.partnerTxnId());
      if (their == null) {
        found.add(new Found(MismatchKind.MISSING_AT_PARTNER, ours.partnerTxnId(), ours, null));
      } else if (ours.direction() != their.direction()
          || ours.effectivePoints() != their.effectivePoints()
          || ours.effectiveAmount() != their.effectiveAmount()) {
        found.add(new Found(MismatchKind.AMOUNTS_DIFFER, ours.partnerTxnId(), ours, their));
      } else {
        matched++;
      }
    }
    theirs
        .values()
        .forEach(
            l -> found.add(new Found(MismatchKind.MISSING_IN_ATRIUM, l.partnerTxnId(), null, l)));
    return new Result(matched, found);
  }
}
