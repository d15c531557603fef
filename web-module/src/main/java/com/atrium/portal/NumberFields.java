package com.atrium.portal;

import com.atrium.earning.Campaign;
import com.atrium.earning.EarningRuleSet;
import com.atrium.platform.Money;
import com.atrium.platform.Points;
import com.atrium.redemption.RewardDraft;
import com.atrium.security.MachineClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * The number fields of the portal that have no value object of their own, each with the bounds its
 * domain sets ({@code converter="#{numbers.rewardStock}"}): the bound is read from the domain's
 * constant, never written again here, so the page refuses exactly what the service would.
 */
@Named("numbers")
@ApplicationScoped
public class NumberFields {

  private static final NumberField REWARD_STOCK =
      NumberField.whole(0, RewardDraft.MAX_STOCK, "input.unit.items", "100");
  private static final NumberField PER_MEMBER_LIMIT =
      NumberField.whole(1, RewardDraft.MAX_PER_MEMBER_LIMIT, "input.unit.redemptions", "1");
  private static final NumberField COUPON_DAYS =
      NumberField.whole(1, RewardDraft.MAX_COUPON_VALID_DAYS, "input.unit.days", "30");
  private static final NumberField OVERLAP_HOURS =
      NumberField.whole(1, MachineClients.MAX_OVERLAP.toHours(), "input.unit.hours", "24");
  private static final NumberField BASE_RATE =
      NumberField.decimal(
          BigDecimal.ZERO,
          EarningRuleSet.MAX_FACTOR,
          EarningRuleSet.FACTOR_SCALE,
          "input.unit.pointsPerCny",
          "1.5");
  private static final NumberField MINIMUM_SPEND =
      NumberField.decimal(
          BigDecimal.ZERO, new BigDecimal(Money.MAX_TEXT), 2, "input.unit.cny", "50.00");
  // 0 would be a cap that gives no points at all, surely meant as "no cap": that is left empty
  private static final NumberField POINTS_CAP =
      NumberField.whole(1, Points.MAX, "input.unit.points", "5000");
  private static final NumberField CAMPAIGN_BONUS =
      NumberField.whole(0, Points.MAX, "input.unit.points", "50");
  private static final NumberField CAMPAIGN_BUDGET =
      NumberField.whole(1, Campaign.MAX_BUDGET, "input.unit.points", "100000");

  /** Pieces of a reward in stock: 0 or more. */
  public NumberField getRewardStock() {
    return REWARD_STOCK;
  }

  /** How often one member may redeem a reward. */
  public NumberField getPerMemberLimit() {
    return PER_MEMBER_LIMIT;
  }

  /** How many days a reward's coupon stays valid. */
  public NumberField getCouponDays() {
    return COUPON_DAYS;
  }

  /** How many hours a machine's old secret stays valid after a rotation. */
  public NumberField getOverlapHours() {
    return OVERLAP_HOURS;
  }

  /** The earning rules' base rate, points per CNY. */
  public NumberField getBaseRate() {
    return BASE_RATE;
  }

  /** The least a sale must be to earn points, in CNY. */
  public NumberField getMinimumSpend() {
    return MINIMUM_SPEND;
  }

  /** A cap of the earning rules (per sale, per member and day); empty is no cap. */
  public NumberField getPointsCap() {
    return POINTS_CAP;
  }

  /** A campaign's fixed bonus per sale; empty is none. */
  public NumberField getCampaignBonus() {
    return CAMPAIGN_BONUS;
  }

  /** The most points a campaign may ever give. */
  public NumberField getCampaignBudget() {
    return CAMPAIGN_BUDGET;
  }
}
