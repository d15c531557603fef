package com.atrium.redemption;

import com.atrium.platform.DomainException;
import java.util.Optional;

/**
 * Where a reward counts, as pure rules (docs/redemption.md, "Rewards of a mall or of the group"). A
 * reward belongs to one mall or (null) to the whole group; a caller is confined to one mall (a
 * one-mall operator, a tenant's till or staff) or to none (a group-wide operator). A caller sees,
 * and may redeem, the group's rewards and its own mall's; another mall's reward does not exist for
 * it. Only a group-wide operator changes a group-wide reward.
 */
final class RewardScope {

  private RewardScope() {}

  /** True when a caller of {@code callerMall} (empty: group-wide) sees the reward of that mall. */
  static boolean visible(Optional<Long> callerMall, Long rewardMall) {
    return rewardMall == null || callerMall.map(m -> m.equals(rewardMall)).orElse(true);
  }

  /**
   * Refuses what the caller may not see (404) and a group-wide reward to a one-mall caller (403).
   */
  static void requireChangeable(Optional<Long> callerMall, Long rewardMall, String reward) {
    if (!visible(callerMall, rewardMall)) {
      throw notFound(reward);
    }
    if (rewardMall == null && callerMall.isPresent()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "GROUP_SCOPE_REQUIRED",
          null,
          "A group-wide reward is changed by a group-wide operator");
    }
  }

  /**
   * The mall a created or changed reward belongs to: a tenant's reward its tenant's mall, whatever
   * was chosen; an operator's reward the one-mall caller's own mall, else the mall chosen (null:
   * the whole group).
   */
  static Long mallOf(Optional<Long> callerMall, Long providerMall, Long chosenMall) {
    if (providerMall != null) {
      return providerMall;
    }
    return callerMall.orElse(chosenMall);
  }

  static DomainException notFound(Object reward) {
    return DomainException.notFound("REWARD_NOT_FOUND", "No reward " + reward);
  }
}
