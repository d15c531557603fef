package com.atrium.earning;

import java.io.Serializable;

/**
 * A campaign's budget and what it has spent so far, as read for the operator.
 *
 * @param mallCode the mall whose rules the campaign belongs to; null for the group's
 */
public record CampaignBudget(String code, String mallCode, long budget, long spent)
    implements Serializable {

  public long left() {
    return Math.max(0, budget - spent);
  }
}
