package com.atrium.tier;

import com.atrium.platform.DomainException;
import com.atrium.tenant.TierDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * The configured tiers in order, lowest first: which tier a qualifying spend reaches and which of
 * two tiers is higher. A tier code the configuration no longer knows ranks lowest.
 */
public record TierLadder(List<TierDefinition> tiers) {

  public TierLadder {
    if (tiers == null || tiers.isEmpty()) {
      throw new IllegalArgumentException("at least one tier is configured");
    }
    tiers = List.copyOf(tiers);
  }

  public String lowest() {
    return tiers.get(0).code();
  }

  public String highest() {
    return tiers.get(tiers.size() - 1).code();
  }

  /** The highest tier whose threshold the spend reaches (the lowest tier when none does). */
  public String qualifiedFor(BigDecimal spend) {
    String reached = lowest();
    for (TierDefinition t : tiers) {
      if (spend.compareTo(t.threshold()) >= 0) {
        reached = t.code();
      }
    }
    return reached;
  }

  /** 0 for the lowest tier; -1 for an unknown code. */
  public int rank(String code) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  public String higher(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return rank(b) > rank(a) ? b : a;
  }

  public boolean isAbove(String a, String b) {
    return rank(a) > rank(b);
  }

  /** The code itself when configured; INVALID otherwise. */
  public String require(String code) {
    if (code == null || rank(code) < 0) {
      throw DomainException.invalid("TIER_UNKNOWN", "tier", "No tier " + code);
    }
    return code;
  }

  public TierDefinition definition(String code) {
    return tiers.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
  }
}
