package com.atrium.earning;

/** A campaign's budget and what it has spent so far, as read for the operator. */
public record CampaignBudget(String code, long budget, long spent) {

  public long left() {
    return Math.max(0, budget - spent);
  }
}
