package com.atrium.ledger;

import java.time.Instant;
import java.time.YearMonth;

/** The figures of {@link LedgerReadings}: records, never entities. */
public final class LedgerFigures {

  private LedgerFigures() {}

  /**
   * The lines on one account from the entries of one kind booked in the period: {@code points} is
   * their sum (positive: points came into the account), {@code lines} how many there are.
   */
  public record AccountSum(AccountRef account, EntryKind entryKind, long points, long lines) {}

  /** As {@link AccountSum}, over every account of one kind. */
  public record KindSum(AccountKind accountKind, EntryKind entryKind, long points, long lines) {}

  /**
   * Points put into lots funded by {@code issuer} by the entries of one kind booked in the period:
   * the sum of the lots' {@code points_earned}. {@code EARN} and {@code GRANT} are points issued; a
   * {@code REVERSAL} lot holds points of a cancelled debit whose own lot had expired, given back to
   * the same issuer (issued once already, not again).
   */
  public record Issued(AccountRef issuer, EntryKind entryKind, long points, long lots) {}

  /**
   * Points of {@code issuer}'s lots that the entries of one kind booked in the period took out
   * (positive) or gave back (negative), by the account on the other side of the entry: the redeemer
   * for a {@code REDEEM}, breakage for an {@code EXPIRE}, the issuer itself for a credit's
   * reversal, the redeemer again (negative) for a debit's reversal.
   */
  public record Consumed(
      AccountRef issuer, AccountRef counterpart, EntryKind entryKind, long points) {}

  /** Points of {@code issuer}'s lots that expired into breakage by entries booked in the period. */
  public record Expired(AccountRef issuer, long points) {}

  /**
   * One journal entry's share of a figure: the entries behind a figure, listed page by page, sum to
   * it exactly.
   */
  public record EntryShare(
      long entryId,
      EntryKind kind,
      Instant bookedAt,
      Instant occurredAt,
      Long reversesEntryId,
      long points) {}

  /**
   * The points left in open lots funded by {@code issuer} whose expiry falls in {@code expiryMonth}
   * (in the zone asked for), and how many lots hold them. Lots past their expiry that the expiry
   * job has not taken yet are still open: they count in their (past) expiry month.
   */
  public record Outstanding(AccountRef issuer, YearMonth expiryMonth, long points, long lots) {}

  /**
   * What became of {@code issuer}'s lots by entries booked in {@code month} (in the zone asked
   * for): {@code redeemed} points spent (a {@code REDEEM}'s consumption, less what the
   * cancellations of redemptions gave back, into the old lots or into new ones), {@code expired}
   * points that went to breakage. Points taken back by a refund are neither.
   */
  public record Settled(AccountRef issuer, YearMonth month, long redeemed, long expired) {}
}
