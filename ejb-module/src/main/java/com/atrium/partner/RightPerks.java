package com.atrium.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The perks a member's partner rights give on a business day, for the contexts above (parking,
 * WiFi). A right counts once however often it was granted (two grants of DEMOBANK's PREMIUM give
 * PREMIUM's minutes once); different rights add up. Partners in code order, so that whoever splits
 * minutes between them does it the same way every time.
 */
public record RightPerks(List<Perk> perks) {

  /** One right's perks per business day. */
  public record Perk(String partnerCode, String rightCode, int parkingMinutes, int wifiExtraMb) {}

  public static final RightPerks NONE = new RightPerks(List.of());

  public RightPerks {
    perks = List.copyOf(perks);
  }

  /** The perks of the rights counting, each right once. */
  public static RightPerks of(Collection<Perk> counting) {
    Map<String, Perk> once = new TreeMap<>();
    for (Perk p : counting) {
      once.putIfAbsent(p.partnerCode() + "\u0000" + p.rightCode(), p);
    }
    return new RightPerks(new ArrayList<>(once.values()));
  }

  /** Free parking minutes a day by partner (who pays them), in partner code order. */
  public Map<String, Integer> parkingMinutesByPartner() {
    Map<String, Integer> minutes = new TreeMap<>();
    for (Perk p : perks) {
      if (p.parkingMinutes() > 0) {
        minutes.merge(p.partnerCode(), p.parkingMinutes(), Integer::sum);
      }
    }
    return minutes;
  }

  /** Extra WiFi data a day, MiB, of every right together. */
  public long wifiExtraMb() {
    return perks.stream().mapToLong(Perk::wifiExtraMb).sum();
  }
}
