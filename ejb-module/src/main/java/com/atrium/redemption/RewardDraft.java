package com.atrium.redemption;

import com.atrium.platform.Points;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What an operator enters for a reward; the provider is a tenant id, or null for operator stock.
 * {@code mallId} is where an operator reward is offered (null: the whole group), chosen only by a
 * group-wide operator: a tenant's reward belongs to its tenant's mall and a one-mall operator's
 * reward to that operator's mall, whatever is entered here.
 */
public record RewardDraft(
    @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*") String code,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 1000) String description,
    @Min(1) @Max(Points.MAX) long pointsPrice,
    @Min(0) @Max(RewardDraft.MAX_STOCK) long stock,
    @Min(1) @Max(RewardDraft.MAX_PER_MEMBER_LIMIT) int perMemberLimit,
    @NotNull Instant validFrom,
    @NotNull Instant validUntil,
    @Min(1) @Max(RewardDraft.MAX_COUPON_VALID_DAYS) int couponValidDays,
    Long providerTenantId,
    Long mallId) {

  /** The most of a reward in stock. */
  public static final long MAX_STOCK = 100_000_000L;

  /** The most redemptions of one reward by one member. */
  public static final int MAX_PER_MEMBER_LIMIT = 1000;

  /** The longest a coupon stays valid, in days (about ten years). */
  public static final int MAX_COUPON_VALID_DAYS = 3660;
}
