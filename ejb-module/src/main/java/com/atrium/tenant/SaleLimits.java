package com.atrium.tenant;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a sale of one tenant may be before a person looks at it (docs/approvals.md): above {@code
 * normalMax} the assistant confirms, above {@code approvalAbove} a manager or an operator approves;
 * and the daily velocity above which the service desk is told. Each limit is absent when not
 * configured: no limit.
 */
public record SaleLimits(
    Optional<BigDecimal> normalMax,
    Optional<BigDecimal> approvalAbove,
    OptionalInt perAssistantPerDay,
    OptionalInt perMemberPerDay,
    Optional<BigDecimal> perMemberPerDayAmount) {

  public static final SaleLimits NONE =
      new SaleLimits(
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          Optional.empty());

  /** How a sale of this amount is to be treated. */
  public enum Verdict {
    /** Booked at once. */
    NORMAL,
    /** Booked only when the assistant (or the POS) confirmed it. */
    CONFIRMATION_REQUIRED,
    /** Confirmed, but held for a manager's or operator's approval before points are credited. */
    APPROVAL_REQUIRED
  }

  /**
   * The verdict for an amount: strictly above a threshold counts (a sale of exactly the normal
   * maximum is normal). A held sale needs the confirmation first, so that no one is surprised.
   */
  public Verdict judge(BigDecimal amount, boolean confirmed) {
    boolean aboveApproval = approvalAbove.filter(a -> amount.compareTo(a) > 0).isPresent();
    boolean aboveNormal =
        aboveApproval || normalMax.filter(n -> amount.compareTo(n) > 0).isPresent();
    if (aboveNormal && !confirmed) {
      return Verdict.CONFIRMATION_REQUIRED;
    }
    return aboveApproval ? Verdict.APPROVAL_REQUIRED : Verdict.NORMAL;
  }

  /** Whether a member's sales of a day (count and amount, this one included) exceed the limits. */
  public boolean memberOverVelocity(long salesOfDay, BigDecimal amountOfDay) {
    return perMemberPerDay.isPresent() && salesOfDay > perMemberPerDay.getAsInt()
        || perMemberPerDayAmount.filter(a -> amountOfDay.compareTo(a) > 0).isPresent();
  }

  /** Whether one assistant's (or POS key's) sales of a day, this one included, exceed the limit. */
  public boolean assistantOverVelocity(long salesOfDay) {
    return perAssistantPerDay.isPresent() && salesOfDay > perAssistantPerDay.getAsInt();
  }
}
