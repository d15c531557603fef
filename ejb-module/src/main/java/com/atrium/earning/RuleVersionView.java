package com.atrium.earning;

import java.io.Serializable;
import java.time.Instant;

/**
 * A published version of the earning rules as the portal and the API show it.
 *
 * @param mallCode null for the group's rules
 * @param mallName null for the group's rules
 * @param inForce whether it is the version its scope uses now
 */
public record RuleVersionView(
    int version,
    RuleScope scope,
    String mallCode,
    String mallName,
    Instant effectiveFrom,
    Instant effectiveTo,
    String note,
    String createdBy,
    Instant createdAt,
    String rulesJson,
    boolean inForce)
    implements Serializable {

  public EarningRuleSet rules() {
    return EarningRuleSet.fromJson(rulesJson);
  }
}
