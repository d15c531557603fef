package com.atrium.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atrium.platform.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who sees, redeems and changes which reward: malls 1 and 2, and the group (null / empty). */
class RewardScopeTest {

  private static final Optional<Long> GROUP = Optional.empty();
  private static final Optional<Long> MALL_1 = Optional.of(1L);

  @Test
  void aGroupWideCallerSeesEveryRewardAndAOneMallCallerTheGroupsAndItsOwn() {
    assertThat(RewardScope.visible(GROUP, null)).isTrue();
    assertThat(RewardScope.visible(GROUP, 1L)).isTrue();
    assertThat(RewardScope.visible(GROUP, 2L)).isTrue();
    assertThat(RewardScope.visible(MALL_1, null)).isTrue();
    assertThat(RewardScope.visible(MALL_1, 1L)).isTrue();
    assertThat(RewardScope.visible(MALL_1, 2L)).isFalse();
  }

  @Test
  void aOneMallCallerChangesOnlyItsMallsRewards() {
    assertThatCode(() -> RewardScope.requireChangeable(MALL_1, 1L, "7")).doesNotThrowAnyException();
    assertThatThrownBy(() -> RewardScope.requireChangeable(MALL_1, 2L, "7"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
              assertThat(e.code()).isEqualTo("REWARD_NOT_FOUND");
            });
    assertThatThrownBy(() -> RewardScope.requireChangeable(MALL_1, null, "7"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
              assertThat(e.code()).isEqualTo("GROUP_SCOPE_REQUIRED");
            });
  }

  @Test
  void aGroupWideCallerChangesEveryReward() {
    assertThatCode(() -> RewardScope.requireChangeable(GROUP, null, "7"))
        .doesNotThrowAnyException();
    assertThatCode(() -> RewardScope.requireChangeable(GROUP, 2L, "7")).doesNotThrowAnyException();
  }

  @Test
  void aTenantsRewardBelongsToItsTenantsMallWhateverWasChosen() {
    assertThat(RewardScope.mallOf(GROUP, 2L, null)).isEqualTo(2L);
    assertThat(RewardScope.mallOf(GROUP, 2L, 1L)).isEqualTo(2L);
    assertThat(RewardScope.mallOf(MALL_1, 1L, null)).isEqualTo(1L);
  }

  @Test
  void anOperatorRewardIsPinnedToAOneMallCallersMallAndOtherwiseWhereChosen() {
    assertThat(RewardScope.mallOf(MALL_1, null, null)).isEqualTo(1L);
    assertThat(RewardScope.mallOf(MALL_1, null, 2L)).isEqualTo(1L);
    assertThat(RewardScope.mallOf(GROUP, null, null)).isNull();
    assertThat(RewardScope.mallOf(GROUP, null, 2L)).isEqualTo(2L);
  }
}
